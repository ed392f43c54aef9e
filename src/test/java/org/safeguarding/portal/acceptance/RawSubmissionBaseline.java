package org.safeguarding.portal.acceptance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The floor a submission is measured against: the rows one real submission writes, written again by plain JDBC in one
 * transaction per account, into the same tables (so the same indexes, constraints and triggers) of the same database.
 *
 * <p>What to write is not a hand-kept copy of the service's inserts: {@link #capture} asks PostgreSQL which rows the
 * transactions of one real submission created or changed (their {@code xmin}), table by table, and keeps them as a
 * template. Each replay inserts every template row with fresh ids (every uuid mapped to a new one, consistently, so
 * foreign keys hold) and fresh values for the two unique texts (the case reference and the Idempotency-Key); columns
 * the database fills itself (identity, sequences) are left to it. Rows that were counters already there (the
 * submission limits' {@code attempt_window}) are counted the way the service counts them, with its upsert.
 */
final class RawSubmissionBaseline {

    /** Written by the audit sealer on its own schedule, not by the request: not part of a submission's cost. */
    private static final Set<String> OFF_THE_REQUEST_PATH = Set.of("audit_seal", "audit_checkpoint");
    private static final String LIMIT_TABLE = "attempt_window";

    /** One table's rows of the template, and the statement that inserts one of them. */
    private record TableRows(String table, List<String> columns, String insert, List<List<String>> rows) {
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final List<TableRows> template;
    private final List<String> limitBuckets;
    private final String reference;
    private final String idempotencyKey;
    /** What {@link #capture} found, table by table: rows added (count before and after) and rows written (xmin). */
    final Map<String, String> perTable;

    private RawSubmissionBaseline(String jdbcUrl, String user, String password, List<TableRows> template,
            List<String> limitBuckets, String reference, String idempotencyKey, Map<String, String> perTable) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.template = template;
        this.limitBuckets = limitBuckets;
        this.reference = reference;
        this.idempotencyKey = idempotencyKey;
        this.perTable = perTable;
    }

    /** Rows in each table of the schema now (before and after one submission, the difference is what it added). */
    static Map<String, Long> countRows(Connection owner) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(owner)) {
            try (Statement s = owner.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    /** The transaction id that the next transaction will be at or after. */
    static long nextTransactionId(Connection owner) throws SQLException {
        try (Statement s = owner.createStatement();
                ResultSet rs = s.executeQuery("select txid_current() % 4294967296")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Reads, as the schema's owner, every row written by a transaction newer than {@code fromTransaction} (one
     * submission's, nothing else running) and keeps it as the template the baseline replays as {@code appUser}.
     */
    static RawSubmissionBaseline capture(String jdbcUrl, String ownerUser, String ownerPassword, String appUser,
            String appPassword, long fromTransaction, Map<String, Long> countsBefore, String reference,
            String idempotencyKey) throws SQLException {
        try (Connection owner = DriverManager.getConnection(jdbcUrl, ownerUser, ownerPassword)) {
            Map<String, Long> countsAfter = countRows(owner);
            Map<String, String> perTable = new LinkedHashMap<>();
            Map<String, TableRows> byTable = new LinkedHashMap<>();
            List<String> buckets = new ArrayList<>();
            for (String table : countsAfter.keySet()) {
                long added = countsAfter.get(table) - countsBefore.getOrDefault(table, 0L);
                List<String> insertable = insertableColumns(owner, table);
                List<List<String>> rows = new ArrayList<>();
                try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery("select "
                        + String.join(", ", quoted(insertable)) + " from \"" + table
                        + "\" where xmin::text::bigint >= " + fromTransaction)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                }
                if (added == 0 && rows.isEmpty()) {
                    continue;
                }
                String note = OFF_THE_REQUEST_PATH.contains(table) ? " (the sealer's, left out)"
                        : table.equals(LIMIT_TABLE) ? " (counters: counted with the service's upsert)" : "";
                perTable.put(table, "+" + added + " rows, " + rows.size() + " written" + note);
                if (OFF_THE_REQUEST_PATH.contains(table)) {
                    continue;
                }
                if (table.equals(LIMIT_TABLE)) {
                    rows.forEach(row -> buckets.add(row.get(insertable.indexOf("bucket"))));
                    continue;
                }
                byTable.put(table, new TableRows(table, insertable, insertStatement(owner, table, insertable), rows));
            }
            List<TableRows> ordered = inForeignKeyOrder(owner, byTable);
            return new RawSubmissionBaseline(jdbcUrl, appUser, appPassword, ordered, buckets, reference,
                    idempotencyKey, perTable);
        }
    }

    /** Rows one account writes in the baseline (the limit counters counted as one each). */
    int rowsPerAccount() {
        return template.stream().mapToInt(t -> t.rows().size()).sum() + limitBuckets.size();
    }

    /** A connection of the service's own role, for one baseline client. */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        connection.setAutoCommit(false);
        return connection;
    }

    /** Writes one account's rows in one transaction on {@code connection}; {@code client} keeps its limit rows apart. */
    void writeOneAccount(Connection connection, int client) throws SQLException {
        Map<String, String> fresh = new HashMap<>();
        String hex = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String newReference = "B" + hex.substring(0, 4) + "-" + hex.substring(4, 9); // 11 characters, as the column
        fresh.put(reference, newReference);
        fresh.put(idempotencyKey, UUID.randomUUID().toString());
        try {
            for (String bucket : limitBuckets) {
                try (PreparedStatement upsert = connection.prepareStatement("""
                        insert into attempt_window (bucket, window_start, attempts)
                        values (?, date_trunc('hour', now()), 1)
                        on conflict (bucket, window_start) do update set attempts = attempt_window.attempts + 1
                        returning attempts""")) {
                    upsert.setString(1, bucket + ":baseline-" + client);
                    try (ResultSet rs = upsert.executeQuery()) {
                        rs.next();
                    }
                }
            }
            for (TableRows table : template) {
                try (PreparedStatement insert = connection.prepareStatement(table.insert())) {
                    for (List<String> row : table.rows()) {
                        for (int i = 0; i < row.size(); i++) {
                            insert.setString(i + 1, freshValue(row.get(i), fresh));
                        }
                        insert.executeUpdate();
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** A uuid becomes a new one (the same new one wherever it appears); the reference and key become new ones. */
    private static String freshValue(String value, Map<String, String> fresh) {
        if (value == null) {
            return null;
        }
        String known = fresh.get(value);
        if (known != null) {
            return known;
        }
        if (value.length() == 36 && value.charAt(8) == '-' && value.charAt(23) == '-') {
            return fresh.computeIfAbsent(value, v -> UUID.randomUUID().toString());
        }
        return value;
    }

    private static List<String> tables(Connection owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery("select tablename from pg_tables "
                + "where schemaname = 'public' and tablename <> 'flyway_schema_history' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The table's columns but those the database fills itself (identity, generated, a sequence's default). */
    private static List<String> insertableColumns(Connection owner, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = owner.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = 'public' and table_name = ? and is_identity = 'NO' and is_generated = 'NEVER' "
                + "and coalesce(column_default, '') not like 'nextval(%' order by ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** {@code insert into t (a, b) values (?::type_a, ?::type_b)}: every value is bound as its text and cast back. */
    private static String insertStatement(Connection owner, String table, List<String> columns) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement s = owner.prepareStatement("select a.attname, format_type(a.atttypid, a.atttypmod) "
                + "from pg_attribute a where a.attrelid = ('public.\"' || ? || '\"')::regclass and a.attnum > 0")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<String> values = new ArrayList<>();
        columns.forEach(column -> values.add("?::" + types.get(column)));
        return "insert into \"" + table + "\" (" + String.join(", ", quoted(columns)) + ") values ("
                + String.join(", ", values) + ")";
    }

    /** Tables a row refers to come before the row's table. */
    private static List<TableRows> inForeignKeyOrder(Connection owner, Map<String, TableRows> byTable)
            throws SQLException {
        Map<String, Set<String>> refersTo = new HashMap<>();
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery("select conrelid::regclass::text, "
                + "confrelid::regclass::text from pg_constraint where contype = 'f'")) {
            while (rs.next()) {
                refersTo.computeIfAbsent(rs.getString(1).replace("\"", ""), t -> new LinkedHashSet<>())
                        .add(rs.getString(2).replace("\"", ""));
            }
        }
        List<TableRows> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byTable.size()) {
            boolean progress = false;
            for (TableRows table : byTable.values()) {
                if (placed.contains(table.table())) {
                    continue;
                }
                boolean ready = refersTo.getOrDefault(table.table(), Set.of()).stream()
                        .allMatch(other -> other.equals(table.table()) || !byTable.containsKey(other)
                                || placed.contains(other));
                if (ready) {
                    ordered.add(table);
                    placed.add(table.table());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys in a cycle among " + byTable.keySet());
            }
        }
        return ordered;
    }

    private static List<String> quoted(List<String> columns) {
        List<String> quoted = new ArrayList<>();
        columns.forEach(column -> quoted.add("\"" + column + "\""));
        return quoted;
    }

    /** The template's tables in the order the baseline writes them, with their rows, for the printout. */
    String describe() {
        StringBuilder text = new StringBuilder();
        template.forEach(t -> text.append(t.table()).append(" ").append(t.rows().size()).append(", "));
        text.append(LIMIT_TABLE).append(" ").append(limitBuckets.size()).append(" (upserts)");
        return text.toString();
    }
}
