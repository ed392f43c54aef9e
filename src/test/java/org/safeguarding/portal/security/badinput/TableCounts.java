package org.safeguarding.portal.security.badinput;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * How many rows each table of the public schema holds, read in one statement: the suite compares the counts before
 * and after each batch of refused requests. The tables are listed from information_schema when the suite starts, so a
 * table added later is counted without editing the suite.
 */
final class TableCounts {

    /**
     * Tables whose rows change while refused requests are answered, and rightly so:
     * <ul>
     * <li>{@code attempt_window}: the rate limits' counters, which count attempts whether or not they are refused (a
     * client that keeps trying stays refused; security.AttemptLimiter).</li>
     * <li>{@code charter_escalation}: written only by the charter's clock (a scheduled job), never by a request; a
     * promise of another test's case can fall due while the suite runs.</li>
     * <li>{@code audit_seal}, {@code audit_checkpoint}: written only by the audit sealer (a scheduled job, every 2 s),
     * which seals the rows of earlier requests; a request never writes them.</li>
     * </ul>
     * Nothing else is excused: a refused request that leaves a row anywhere else fails the suite (for the audit log,
     * see {@link #NOT_A_READ}). Tables the service's database role may not read are not counted (none today).
     */
    static final Set<String> CHANGED_BY_DESIGN = Set.of("attempt_window", "charter_escalation", "audit_seal",
            "audit_checkpoint");

    /**
     * The audit log counts every row but those of reads: a refusal may show the record again (a page with the problem
     * on it), and that showing is a read, audited as every read is (actions VIEW_… and LIST_…). A change recorded
     * after a refusal fails the suite.
     */
    private static final String AUDIT = "audit_event";
    private static final String NOT_A_READ = " where action not like 'VIEW\\_%' and action not like 'LIST\\_%'";

    private final DataSource dataSource;
    private final String countEveryTable;
    private final int tables;
    private int taken;
    private long nanos;
    private Connection connection;
    private PreparedStatement statement;

    TableCounts(DataSource dataSource) {
        this.dataSource = dataSource;
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' "
                        + "and has_table_privilege(quote_ident(table_schema) || '.' || quote_ident(table_name), 'SELECT') "
                        + "order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.tables = tables.size();
        this.countEveryTable = tables.stream().filter(t -> !CHANGED_BY_DESIGN.contains(t))
                .map(t -> "select '" + t + "', count(*) from \"" + t + "\"" + (t.equals(AUDIT) ? NOT_A_READ : ""))
                .collect(Collectors.joining(" union all "));
    }

    Map<String, Long> now() {
        long started = System.nanoTime();
        taken++;
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet rows = statement().executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        nanos += System.nanoTime() - started;
        return counts;
    }

    /** One connection and one prepared statement for the run: the count is planned once, not thousands of times. */
    private PreparedStatement statement() throws SQLException {
        if (statement == null) {
            connection = dataSource.getConnection();
            statement = connection.prepareStatement(countEveryTable);
        }
        return statement;
    }

    /** Gives the connection back to the pool. */
    void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // The pool closes it with the application.
        }
    }

    /** How often the tables were counted, and the time it took, for the report. */
    String cost() {
        return String.format("%d tables counted %d times, %.1f s", tables, taken, nanos / 1e9);
    }

    /**
     * The tables that hold more rows than before, with both counts, or an empty text. Fewer rows are not counted: the
     * housekeeping jobs delete expired sessions and old windows on their own schedule.
     */
    static String grown(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + " -> " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
