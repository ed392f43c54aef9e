package org.safeguarding.portal.reporting.close;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.reporting.Catalogue;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.disclosure.DisclosureCheckFailedException;
import org.safeguarding.portal.reporting.disclosure.ProtectionProbe;
import org.safeguarding.portal.reporting.disclosure.Table;
import org.safeguarding.portal.testing.Latency;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Tokens;

/**
 * Board reporting at 1,000,000 cases over ten years (2016 to 2025): period close of a month, of a quarter (with its
 * months still open, and with them already closed), the first close of a year and its annual re-base, each beside
 * the same aggregation as raw SQL over JDBC, and then serving a stored table (API, board page, raw SQL). Not a test
 * (nothing asserts a time): run it with {@code ./benchmark reporting}, which prints the figures. Sanity is asserted
 * (each close closes, the stored tables exist, requests answer 200).
 *
 * <p>The records are synthetic but shaped like the portal's: every case with its referral (about one survivor in
 * five comes back within a year), the main-line status history up to closure for most, screenings, the charter's
 * promises (C1 for every case, C2 for assigned ones, C5 for a few), onward referrals, consent to be counted, and a
 * few notes flagged for blaming language. Written with COPY, in batches, into the migrated schema.
 */
@QuarkusTest
@Tag("benchmark")
class ReportingBenchmark {

    private static final int CASES = Integer.getInteger("benchmark.cases", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 300);
    private static final int WARM_UP = 50;
    /** Where to write every stored basis (true counts, hidden cells) for offline study of the protection; none if unset. */
    private static final String BASIS_DIR = System.getProperty("benchmark.basis-dir");

    private static final ReportPeriod MONTH = ReportPeriod.month(2024, 3);
    private static final Instant MONTH_AS_OF = Instant.parse("2024-04-05T00:00:00Z");
    private static final ReportPeriod QUARTER = ReportPeriod.quarter(2024, 2);
    private static final Instant QUARTER_AS_OF = Instant.parse("2024-07-05T00:00:00Z");
    private static final ReportPeriod CLOSED_MONTHS_QUARTER = ReportPeriod.quarter(2024, 1);
    private static final int YEAR = 2023;
    private static final Instant YEAR_AS_OF = Instant.parse("2024-01-10T00:00:00Z");
    private static final Instant REBASE_AS_OF = Instant.parse("2024-06-01T00:00:00Z");

    @TestHTTPResource("/")
    URI base;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    PeriodClose close;
    @Inject
    MonthAggregation aggregation;
    @Inject
    Catalogue catalogue;

    private final List<String> report = new ArrayList<>();

    @Test
    void reporting() throws Exception {
        long seedStart = System.nanoTime();
        List<String> wards = catalogue.area().children().values().stream().flatMap(List::stream).toList();
        Seeder.Counts seeded = new Seeder(dataSource, CASES, wards).seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long vacuumStart = System.nanoTime();
        vacuumAnalyze();
        System.out.printf("%nSeeded %,d cases (%,d survivors, 2016-01 to 2025-12) in %.1f s with COPY; "
                + "VACUUM ANALYZE %.1f s%n", CASES, seeded.survivors(), seedSeconds,
                (System.nanoTime() - vacuumStart) / 1e9);
        System.out.println("  rows: " + seeded.rows());

        // A month, beside its SQL: raw over JDBC before and after the close, the application's aggregation
        // in-process, and the protection of the month's system alone.
        SqlRun monthSqlBefore = rawSql(MONTH, MONTH_AS_OF);
        double monthClose = timed(() -> assertTrue(close.close(MONTH, MONTH_AS_OF)));
        SqlRun monthSqlAfter = rawSql(MONTH, MONTH_AS_OF);
        long aggregateStart = System.nanoTime();
        PeriodCounts monthTruth = QuarkusTransaction.requiringNew().call(() -> aggregation.aggregate(MONTH, MONTH_AS_OF));
        double monthAggregate = (System.nanoTime() - aggregateStart) / 1e9;
        ProtectionProbe.Timing monthProtection = protectionOf(close.system(Map.of(MONTH, monthTruth)));
        line("close month %s (aggregate, protect, store)".formatted(MONTH), monthClose);
        line("  same SQL, raw over JDBC (%d statements), before the close".formatted(monthSqlBefore.names().size()),
                monthSqlBefore.total());
        line("  same SQL, raw over JDBC, after the close", monthSqlAfter.total());
        line("  MonthAggregation.aggregate in-process (Hibernate)", monthAggregate);
        protection("  protection of the month", monthProtection);

        // Its neighbours, so the quarter after them finds its months closed.
        for (int m = 1; m <= 2; m++) {
            ReportPeriod month = ReportPeriod.month(2024, m);
            line("close month %s".formatted(month), timed(() -> assertTrue(close.close(month, MONTH_AS_OF))));
        }
        closing("close quarter %s, its three months closed before".formatted(CLOSED_MONTHS_QUARTER),
                () -> close.close(CLOSED_MONTHS_QUARTER, MONTH_AS_OF));

        double quarterSql = 0;
        for (ReportPeriod month : QUARTER.parts()) {
            quarterSql += rawSql(month, QUARTER_AS_OF).total();
        }
        boolean quarterClosed = closing("close quarter %s, closing its three months first".formatted(QUARTER),
                () -> close.close(QUARTER, QUARTER_AS_OF));
        line("  same SQL for its three months, raw over JDBC", quarterSql);

        // A year's first release (its twelve months and four quarters first), then its annual re-base.
        ReportPeriod year = ReportPeriod.year(YEAR);
        closing("close year %d (12 months, 4 quarters, the year)".formatted(YEAR),
                () -> close.close(year, YEAR_AS_OF));
        double yearSql = 0;
        for (ReportPeriod quarter : year.parts()) {
            for (ReportPeriod month : quarter.parts()) {
                yearSql += rawSql(month, REBASE_AS_OF).total();
            }
        }
        boolean rebased = closing("annual re-base %d (release 2 of 17 periods)".formatted(YEAR),
                () -> close.rebase(YEAR, REBASE_AS_OF));
        line("  same SQL for its twelve months, raw over JDBC", yearSql);
        Map<ReportPeriod, PeriodCounts> months = new LinkedHashMap<>();
        long yearAggregateStart = System.nanoTime();
        for (ReportPeriod quarter : year.parts()) {
            for (ReportPeriod month : quarter.parts()) {
                months.put(month, QuarkusTransaction.requiringNew().call(() -> aggregation.aggregate(month,
                        REBASE_AS_OF)));
            }
        }
        line("  MonthAggregation.aggregate of the twelve months in-process", (System.nanoTime() - yearAggregateStart)
                / 1e9);
        dumpBases(months);
        protection("  protection of the re-based year",
                protectionOf(close.system(close.yearFromMonths(year, months))));
        if (rebased) {
            assertEquals(2, storedRelease(year), "the re-base is release 2");
        }

        System.out.printf("%nBoard reporting, %,d cases (%,d survivors), 2016-2025. Wall clock at the caller, "
                + "seconds.%n", CASES, seeded.survivors());
        report.forEach(System.out::println);
        System.out.printf("%nThe month's statements, raw over JDBC (ms, run before the close / after):%n");
        for (int i = 0; i < monthSqlBefore.millis().size(); i++) {
            System.out.printf("  %-40s %9.1f %9.1f%n", monthSqlBefore.names().get(i), monthSqlBefore.millis().get(i),
                    monthSqlAfter.millis().get(i));
        }
        int slowest = monthSqlAfter.slowest();
        System.out.printf("%nPlan of the slowest, %s (EXPLAIN ANALYZE, BUFFERS):%n", monthSqlAfter.names().get(slowest));
        explain(slowest, MONTH, MONTH_AS_OF).forEach(l -> System.out.println("  " + l));

        // Serving what is stored: the quarter, or its first month if the quarter could not be closed.
        ReportPeriod served = quarterClosed ? QUARTER : QUARTER.parts().get(0);
        assertEquals(catalogue.tables().size(), storedTables(served), "every table of " + served + " is stored");
        List<String> serving = new ArrayList<>();
        String api = "/api/v1/reports/" + served.id() + "/tables/referrals-received";
        Latency sql = time(() -> storedTableSql(served));
        serving.add(row("raw SQL  select body from report_table (JDBC)", sql, null));
        String token = new Tokens(keycloakUrl).forUser("board1");
        given().auth().oauth2(token).get(api).then().statusCode(200);
        serving.add(row("API  GET " + api, time(() -> given().auth().oauth2(token).get(api).then()
                .statusCode(200)), sql));
        // REST Assured opens a connection and builds its request anew each time; a browser or a client library
        // keeps its connection: the same request from the JDK's client over one kept-alive connection.
        HttpRequest apiRequest = HttpRequest.newBuilder(base.resolve(api)).header("Authorization", "Bearer " + token)
                .build();
        serving.add(row("  the same, JDK HttpClient, connection kept alive", time(() -> ok(apiRequest)), sql));
        String page = "/board/" + served.id();
        PageSession board = null;
        try {
            board = PageSession.signIn("board1");
        } catch (AssertionError e) {
            // Keycloak accepts the sign-in only back to the ports in the realm's redirect URIs (8080, 8081, 8091-8093).
            serving.add(String.format("%-66s not measured: sign-in failed (%s)", "page GET " + page, e.getMessage()));
        }
        if (board != null) {
            PageSession session = board;
            Response first = session.get(page);
            if (first.statusCode() == 200) {
                serving.add(row("page GET " + page, time(() -> session.get(page).then().statusCode(200)), sql));
                HttpRequest pageRequest = HttpRequest.newBuilder(base.resolve(page))
                        .header("Cookie", session.cookieHeader()).build();
                serving.add(row("  the same, JDK HttpClient, connection kept alive", time(() -> ok(pageRequest)),
                        sql));
            } else {
                serving.add(String.format("%-66s answered %d: not measured", "page GET " + page, first.statusCode()));
            }
        }

        // The clients' own floor: a small static file, no sign-in, no database.
        String file = "/static/neutral.html";
        serving.add(row("control: GET " + file + " (no sign-in, no database)",
                time(() -> given().get(file).then().statusCode(200)), sql));
        HttpRequest fileRequest = HttpRequest.newBuilder(base.resolve(file)).build();
        serving.add(row("  the same, JDK HttpClient, connection kept alive", time(() -> ok(fileRequest)), sql));

        System.out.printf("%nServing the stored %s, %d timed requests each after %d warm-up; ms at the client "
                + "over loopback%n", served, ROUNDS, WARM_UP);
        System.out.printf("%-66s %8s %8s %8s %8s%n", "", "p50", "p95", "p99", "p95/SQL");
        serving.forEach(System.out::println);
    }

    // ---- period close ------------------------------------------------------------------------------------------

    private interface Step {
        void run() throws Exception;
    }

    private static double timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private interface Close {
        boolean run() throws Exception;
    }

    /**
     * Times a close and records it; a close that is refused (the disclosure check) or fails (a transaction timeout)
     * is reported with the time it took, not thrown, so the rest of the figures are still measured.
     */
    private boolean closing(String name, Close close) throws Exception {
        long start = System.nanoTime();
        try {
            assertTrue(close.run(), name + ": closed by this call");
            line(name, (System.nanoTime() - start) / 1e9);
            return true;
        } catch (DisclosureCheckFailedException e) {
            report.add(String.format("%-66s %8.2f  REFUSED by the disclosure check: %s", name,
                    (System.nanoTime() - start) / 1e9, e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            report.add(String.format("%-66s %8.2f  FAILED: %s", name, (System.nanoTime() - start) / 1e9, cause));
            return false;
        }
    }

    private void line(String name, double seconds) {
        report.add(String.format("%-66s %8.2f", name, seconds));
    }

    /** The protection of a system as the close protects it, timed apart from the SQL. */
    private static ProtectionProbe.Timing protectionOf(PeriodClose.ProtectionSystem system) {
        return ProtectionProbe.time(system.table(), system.forcedHidden());
    }

    private void protection(String name, ProtectionProbe.Timing t) {
        line(name + ": choosing the pattern", t.chooseSeconds());
        line(name + ": the independent verification", t.verifySeconds());
        report.add(String.format("%-66s %s", "", "(%d cells, %d relations, %d primary, %d hidden; %s)".formatted(
                t.cells(), t.relations(), t.primaries(), t.hidden(), t.passed() ? "verified" : "FAILS verification")));
    }

    /** With -Dbenchmark.basis-dir: each stored basis, and the re-base's month counts, as JSON files. */
    private void dumpBases(Map<ReportPeriod, PeriodCounts> rebaseMonths) throws Exception {
        if (BASIS_DIR == null) {
            return;
        }
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(BASIS_DIR));
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "select period_id, release, counts, hidden from report_basis")) {
            while (r.next()) {
                String name = r.getString(1) + "." + r.getInt(2);
                java.nio.file.Files.writeString(dir.resolve(name + ".counts.json"), r.getString(3));
                java.nio.file.Files.writeString(dir.resolve(name + ".hidden.json"), r.getString(4));
            }
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (var month : rebaseMonths.entrySet()) {
            java.nio.file.Files.writeString(dir.resolve(month.getKey().id() + ".rebase-truth.json"),
                    json.writeValueAsString(month.getValue().counts()));
        }
    }

    // ---- the aggregation as raw SQL ------------------------------------------------------------------------------

    /** A statement of the month; {@code update}: it fills a temporary table and returns no rows. */
    private record Sql(String name, String text, boolean update) {
    }

    /** The statements MonthAggregation.aggregate sends for one month, in its order: the same text, not a copy. */
    private List<Sql> monthStatements() {
        List<Sql> all = new ArrayList<>();
        for (String sql : Stream.concat(MonthAggregation.NOT_COUNTED.stream(), MonthAggregation.NEWCOMERS.stream())
                .toList()) {
            String firstLine = sql.strip().lines().findFirst().orElseThrow();
            all.add(new Sql(firstLine.substring(0, Math.min(firstLine.length(), 38)), sql, true));
        }
        aggregation.statements().forEach(st -> all.add(new Sql(st.table().id(), st.sql(), false)));
        all.add(new Sql("time-to-named-worker (C2 met_at)", MonthAggregation.NAMED_WORKER, false));
        all.add(new Sql("left out (consent to be counted)", MonthAggregation.LEFT_OUT, false));
        return all;
    }

    private static final Pattern PARAMETER = Pattern.compile(":(yearStart|start|end|asOf)\\b");

    /** The statement with its named parameters as JDBC's, bound to the month's instants as timestamptz. */
    private static PreparedStatement prepare(Connection c, String sql, ReportPeriod month, Instant asOf)
            throws SQLException {
        List<Instant> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            values.add(switch (m.group(1)) {
                case "yearStart" -> month.yearStart();
                case "start" -> month.start();
                case "end" -> month.end();
                default -> asOf;
            });
            m.appendReplacement(text, "?");
        }
        m.appendTail(text);
        PreparedStatement q = c.prepareStatement(text.toString());
        for (int i = 0; i < values.size(); i++) {
            q.setObject(i + 1, OffsetDateTime.ofInstant(values.get(i), ZoneOffset.UTC));
        }
        return q;
    }

    record SqlRun(List<String> names, List<Double> millis) {
        double total() {
            return millis.stream().mapToDouble(Double::doubleValue).sum() / 1000;
        }

        int slowest() {
            int at = 0;
            for (int i = 1; i < millis.size(); i++) {
                if (millis.get(i) > millis.get(at)) {
                    at = i;
                }
            }
            return at;
        }
    }

    /** The month's statements over JDBC, in one read transaction like the close's, each read to its last row. */
    private SqlRun rawSql(ReportPeriod month, Instant asOf) throws SQLException {
        List<String> names = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (Sql sql : monthStatements()) {
                long start = System.nanoTime();
                int rows = 0;
                try (PreparedStatement q = prepare(c, sql.text(), month, asOf)) {
                    if (sql.update()) {
                        q.execute();
                    } else {
                        try (ResultSet r = q.executeQuery()) {
                            while (r.next()) {
                                r.getObject(1);
                                rows++;
                            }
                        }
                    }
                }
                millis.add((System.nanoTime() - start) / 1e6);
                names.add(sql.name());
                if (rows == 0 && sql.name().equals(Catalogue.REFERRALS_RECEIVED.id())) {
                    throw new IllegalStateException("no referrals received in " + month);
                }
            }
            c.commit();
        }
        return new SqlRun(names, millis);
    }

    /** The plan of the month's statement at {@code index}, after the statements that build what it reads. */
    private List<String> explain(int index, ReportPeriod month, Instant asOf) throws SQLException {
        List<Sql> statements = monthStatements();
        List<String> plan = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (Sql before : statements.subList(0, index)) {
                if (before.update()) {
                    try (PreparedStatement q = prepare(c, before.text(), month, asOf)) {
                        q.execute();
                    }
                }
            }
            try (PreparedStatement q = prepare(c, "explain (analyze, buffers) " + statements.get(index).text(), month,
                    asOf); ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    plan.add(r.getString(1));
                }
            }
            c.rollback();
        }
        return plan;
    }

    // ---- serving ---------------------------------------------------------------------------------------------

    /** ReportStore.tableBody's statement, over JDBC in a transaction of its own. */
    private void storedTableSql(ReportPeriod period) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                select t.body from report_table t
                 where t.period_id = ? and t.table_id = ?
                   and t.release = (select max(release) from report_release r where r.period_id = ?)""")) {
            c.setAutoCommit(false);
            q.setString(1, period.id());
            q.setString(2, "referrals-received");
            q.setString(3, period.id());
            try (ResultSet r = q.executeQuery()) {
                if (!r.next() || r.getString(1).isEmpty()) {
                    throw new IllegalStateException("no stored table");
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int storedTables(ReportPeriod period) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from report_table where period_id = ?")) {
            q.setString(1, period.id());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private int storedRelease(ReportPeriod period) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select max(release) from report_release where period_id = ?")) {
            q.setString(1, period.id());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private void ok(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), request.uri().toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Latency time(Runnable request) {
        return Latency.of(WARM_UP, ROUNDS, request);
    }

    private static String row(String name, Latency timing, Latency sql) {
        return String.format("%-66s %8.2f %8.2f %8.2f %8s", name, timing.p50(), timing.p95(), timing.p99(),
                sql == null ? "" : String.format("%.1fx", timing.p95() / sql.p95()));
    }

    private void vacuumAnalyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String table : Seeder.TABLES) {
                s.execute("vacuum (analyze) " + table);
            }
        }
    }

    // ---- seeding -----------------------------------------------------------------------------------------------

    /**
     * Synthetic records for ten years, generated in the order they arrive (so rows lie on disk roughly by time, as
     * they would in service) and written with COPY in batches of cases: each batch's cases first, then, on two other
     * connections, the rows that refer to them.
     */
    static final class Seeder {

        static final List<String> TABLES = List.of("survivor_case", "referral", "case_status_change",
                "case_screening", "commitment_instance", "onward_referral", "consent_record", "case_note",
                "case_note_version");
        private static final int CASE = 0;
        private static final int REFERRAL = 1;
        private static final int STATUS = 2;
        private static final int SCREENING = 3;
        private static final int PROMISE = 4;
        private static final int ONWARD = 5;
        private static final int CONSENT = 6;
        private static final int NOTE = 7;
        private static final int NOTE_VERSION = 8;
        private static final String[] COPY = {
            "copy survivor_case (id, reference, owner_subject, status, opened_at, version, assignee_subject, "
                + "assignee_name, assigned_at, risk, risk_rank, child_at_risk, charter_version, closure_reason) "
                + "from stdin",
            "copy referral (id, case_id, owner_subject, idempotency_key, submitted_at, subject, age_at_harm, "
                + "current_risk, sex, ethnicity, ward) from stdin",
            "copy case_status_change (id, case_id, from_status, to_status, changed_at, changed_by_role, "
                + "changed_by_subject, closure_reason) from stdin",
            "copy case_screening (id, case_id, screened_at, screened_by_subject, subject_type, immediate_danger, "
                + "child_under_13, learning_disability, child_exploitation, assessed_risk, risk, enhanced_rights, "
                + "police_referral, classification) from stdin",
            "copy commitment_instance (id, case_id, charter_version, commitment_id, status, started_at, "
                + "started_by_event, due_at, met_at, met_by_event, missed_at) from stdin",
            "copy onward_referral (id, case_id, partner, status, basis, proposed_at, proposed_by_subject) from stdin",
            "copy consent_record (id, case_id, purpose, decision, recorded_at, recorded_by_role) from stdin",
            "copy case_note (id, case_id, created_at, created_by_subject) from stdin",
            "copy case_note_version (id, note_id, version, text_ciphertext, written_at, written_by_subject, "
                + "flagged_terms, confirm_reason_ciphertext) from stdin"};

        private static final long HOUR = 3600;
        private static final long DAY = 24 * HOUR;
        private static final long FROM = LocalDate.of(2016, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        /** Nothing happens after this: the records as they stand at the start of 2026. */
        private static final long NOW = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        private static final int DAYS = (int) ((NOW - FROM) / DAY);
        private static final int BATCH = 20_000;
        /** The main line to closure, with the least and most time each step takes (hours). */
        private static final String[] MAIN_LINE = {"ACKNOWLEDGED", "SCREENING", "ASSIGNED", "NEEDS_ASSESSMENT",
            "SUPPORT_PLAN", "ACTIVE", "REVIEW", "CLOSURE_PROPOSED", "CLOSED"};
        private static final long[][] STEP_HOURS = {{0, 0}, {1, 72}, {6, 240}, {24, 336}, {48, 504}, {24, 240},
            {480, 3600}, {24, 480}, {24, 168}};
        private static final String[] PARTNERS = {"POLICE", "POLICE", "POLICE", "ISVA", "ISVA", "HEALTH", "MASH",
            "VOLUNTARY_SECTOR", "VOLUNTARY_SECTOR"};

        record Counts(long survivors, Map<String, Long> rows) {
        }

        private static final String[] ETHNICITIES = {"WHITE", "WHITE", "WHITE", "WHITE", "WHITE", "WHITE", "ASIAN",
            "ASIAN", "BLACK", "MIXED", "OTHER"};
        private static final String[] CLOSURE_REASONS = {"SUPPORT_COMPLETED", "SUPPORT_COMPLETED",
            "SUPPORT_COMPLETED", "SURVIVOR_CHOSE_TO_END", "NO_CONTACT_POSSIBLE", "TRANSFERRED_TO_ANOTHER_SERVICE",
            "MOVED_OUT_OF_AREA", "NO_FURTHER_ACTION_AFTER_SCREENING"};

        private final DataSource dataSource;
        private final int cases;
        private final List<String> wards;
        private final SplittableRandom random = new SplittableRandom(2016);
        private final AtomicLongArray rows = new AtomicLongArray(TABLES.size());

        Seeder(DataSource dataSource, int cases, List<String> wards) {
            this.dataSource = dataSource;
            this.cases = cases;
            this.wards = wards;
        }

        Counts seed() throws Exception {
            // Every case's submission time and survivor, then in time order. About one survivor in five comes back
            // within the year with a second referral.
            long[] keys = new long[cases];
            int n = 0;
            int survivor = 0;
            while (n < cases) {
                long first = submissionTime();
                keys[n++] = ((first - FROM) << 22) | survivor;
                if (n < cases && random.nextInt(5) == 0) {
                    long again = first + 7 * DAY + random.nextLong(358 * DAY);
                    if (again < NOW) {
                        keys[n++] = ((again - FROM) << 22) | survivor;
                    }
                }
                survivor++;
            }
            Arrays.sort(keys);

            ExecutorService writers = Executors.newFixedThreadPool(2);
            // At most three batches written behind the one being generated (two tasks each).
            Semaphore inFlight = new Semaphore(6);
            List<Future<?>> written = new ArrayList<>();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (int from = 0; from < cases; from += BATCH) {
                    StringBuilder[] out = new StringBuilder[TABLES.size()];
                    for (int t = 0; t < out.length; t++) {
                        out[t] = new StringBuilder(t == STATUS ? 16 << 20 : 4 << 20);
                    }
                    for (int i = from; i < Math.min(cases, from + BATCH); i++) {
                        oneCase(i, "bm-" + (keys[i] & ((1 << 22) - 1)), FROM + (keys[i] >>> 22), out);
                    }
                    copy(copy, CASE, out[CASE]);
                    // The rows that refer to these cases, on two other connections, once the cases are committed.
                    inFlight.acquire(2);
                    written.add(writers.submit(() -> write(out, inFlight, REFERRAL, CONSENT, SCREENING, ONWARD, NOTE,
                            NOTE_VERSION)));
                    written.add(writers.submit(() -> write(out, inFlight, STATUS, PROMISE)));
                }
                for (Future<?> f : written) {
                    f.get();
                }
            } finally {
                writers.shutdownNow();
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int t = 0; t < TABLES.size(); t++) {
                counts.put(TABLES.get(t), rows.get(t));
            }
            return new Counts(survivor, counts);
        }

        private Object write(StringBuilder[] out, Semaphore inFlight, int... tables) throws Exception {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (int t : tables) {
                    copy(copy, t, out[t]);
                    out[t] = null;
                }
            } finally {
                inFlight.release();
            }
            return null;
        }

        private void copy(CopyManager copy, int table, StringBuilder rowsText) throws Exception {
            if (rowsText.length() > 0) {
                rows.addAndGet(table, copy.copyIn(COPY[table], new StringReader(rowsText.toString())));
            }
        }

        /** More in later years, fewer in August and at weekends, mostly in the daytime. */
        private long submissionTime() {
            while (true) {
                int day = random.nextInt(DAYS);
                double years = day / 365.25;
                double dayOfYear = day - Math.floor(years) * 365.25;
                double weight = (0.7 + 0.06 * years) * (1 + 0.2 * Math.cos(2 * Math.PI * (dayOfYear - 300) / 365.25));
                int dayOfWeek = (day + 4) % 7; // 2016-01-01 was a Friday; 0 is Monday
                if (dayOfWeek >= 5) {
                    weight *= 0.6;
                }
                if (random.nextDouble() * 1.56 < weight) {
                    long hour = random.nextInt(5) == 0 ? random.nextInt(24) : 8 + random.nextInt(11);
                    return FROM + day * DAY + hour * HOUR + random.nextInt(3600);
                }
            }
        }

        private void oneCase(int index, String owner, long submitted, StringBuilder[] out) {
            UUID caseId = uuid();
            String worker = "worker-" + random.nextInt(40);
            // The referral: who it is about and how old they were.
            int s = random.nextInt(100);
            String subject = s < 60 ? "SELF" : s < 92 ? "SOMEONE_ELSE" : null;
            int a = random.nextInt(100);
            String age = a < 10 ? "UNDER_13" : a < 25 ? "AGE_13_15" : a < 37 ? "AGE_16_17" : a < 87 ? "ADULT"
                    : a < 95 ? "PREFER_NOT_TO_SAY" : null;
            // About you: each answer optional.
            int x = random.nextInt(100);
            String sex = x < 68 ? "FEMALE" : x < 86 ? "MALE" : x < 92 ? "PREFER_NOT_TO_SAY" : null;
            x = random.nextInt(100);
            String ethnicity = x < 85 ? ETHNICITIES[random.nextInt(ETHNICITIES.length)]
                    : x < 92 ? "PREFER_NOT_TO_SAY" : null;
            x = random.nextInt(100);
            String ward = wards.isEmpty() || x >= 90 ? null : x < 80 ? wards.get(random.nextInt(wards.size()))
                    : x < 85 ? "OUTSIDE_AREA" : "PREFER_NOT_TO_SAY";
            row(out[REFERRAL], uuid(), caseId, owner, "bm-" + index, ts(submitted), subject, age,
                    bool(random.nextInt(10) == 0), sex, ethnicity, ward);

            // The status history: the main line to closure, where the time since submission allows; one case in a
            // hundred stays active for good, one in sixteen stays in review for a long while, and one in fifty
            // closed cases is reopened and closed again.
            long[] at = new long[MAIN_LINE.length];
            boolean acknowledgedInTime = random.nextInt(100) < 92;
            long due1 = workingDayAfter(submitted);
            at[0] = acknowledgedInTime ? submitted + 600 + random.nextLong(Math.max(1, due1 - submitted - 600))
                    : due1 + HOUR + random.nextLong(48 * HOUR);
            boolean stalls = random.nextInt(100) == 0;
            boolean longReview = random.nextInt(16) == 0;
            for (int step = 1; step < MAIN_LINE.length; step++) {
                long[] span = STEP_HOURS[step];
                long hours = span[0] + random.nextLong(span[1] - span[0] + 1);
                if (step == 6 && longReview) {
                    hours *= 4 + random.nextInt(5);
                }
                at[step] = at[step - 1] + hours * HOUR + random.nextInt(3600);
            }
            int reached = -1;
            String from = "SUBMITTED";
            String reason = CLOSURE_REASONS[random.nextInt(CLOSURE_REASONS.length)];
            for (int step = 0; step < MAIN_LINE.length && at[step] < NOW && !(stalls && step > 5); step++) {
                // The closure reason is on the proposal and on the change to CLOSED.
                row(out[STATUS], uuid(), caseId, from, MAIN_LINE[step], ts(at[step]), "caseworker", worker,
                        step >= 7 ? reason : null);
                from = MAIN_LINE[step];
                reached = step;
            }
            String status = from;
            if (reached == MAIN_LINE.length - 1 && random.nextInt(50) == 0) {
                long t = at[reached] + (30 + random.nextInt(170)) * DAY;
                String[] again = {"REOPENED", "ACTIVE", "REVIEW", "CLOSURE_PROPOSED", "CLOSED"};
                long[] gaps = {0, 5 * DAY, 60 * DAY, 7 * DAY, 3 * DAY};
                for (int k = 0; k < again.length; k++) {
                    t += gaps[k] + random.nextInt(3600);
                    if (t >= NOW) {
                        break;
                    }
                    row(out[STATUS], uuid(), caseId, status, again[k], ts(t), "caseworker", worker,
                            k >= 3 ? reason : null);
                    status = again[k];
                }
            }
            boolean assigned = reached >= 2;
            long assignedAt = assigned ? at[2] : 0;

            // Screening, between screening and assignment; one in twenty-five re-screened when the case goes active.
            String risk = null;
            String subjectType = null;
            if (assigned) {
                int t = random.nextInt(100);
                subjectType = t < 55 ? "ADULT_NON_RECENT" : t < 85 ? "CHILD_AT_RISK" : "BOTH";
                risk = risk();
                screening(out, caseId, at[1] + (at[2] - at[1]) / 2, worker, subjectType, risk);
                if (reached >= 5 && random.nextInt(25) == 0) {
                    risk = risk();
                    screening(out, caseId, at[5] + HOUR, worker, subjectType, risk);
                }
            }
            int riskRank = risk == null ? 1 : switch (risk) {
                case "HIGH" -> 0;
                case "MEDIUM" -> 2;
                default -> 3;
            };
            row(out[CASE], caseId, String.format("BM%09d", index), owner, status, ts(submitted), "0",
                    assigned ? worker : null, assigned ? "Sam" : null, assigned ? ts(assignedAt) : null, risk,
                    String.valueOf(riskRank), bool(subjectType != null && !subjectType.equals("ADULT_NON_RECENT")),
                    "1", status.equals("CLOSED") ? reason : null);

            // The charter's promises: C1 (acknowledge in a working day) for every case, C2 (a named worker within a
            // week) met by the assignment, C5 (contact as agreed) on a few active cases.
            if (at[0] < NOW) {
                row(out[PROMISE], uuid(), caseId, "1", "C1", acknowledgedInTime ? "MET" : "MISSED", ts(submitted),
                        "SUBMITTED", ts(due1), ts(at[0]), "ACKNOWLEDGED", acknowledgedInTime ? null : ts(due1));
            } else {
                row(out[PROMISE], uuid(), caseId, "1", "C1", "PENDING", ts(submitted), "SUBMITTED", ts(due1), null,
                        null, null);
            }
            long due2 = submitted + 7 * DAY;
            String c2 = assigned ? (assignedAt <= due2 ? "MET" : "MISSED") : due2 < NOW ? "MISSED" : "PENDING";
            row(out[PROMISE], uuid(), caseId, "1", "C2", c2, ts(submitted), "SUBMITTED", ts(due2),
                    assigned ? ts(assignedAt) : null, assigned ? "ASSIGNED" : null,
                    c2.equals("MISSED") ? ts(due2) : null);
            if (reached >= 5 && random.nextInt(20) == 0) {
                long due5 = at[5] + 14 * DAY;
                boolean kept = random.nextInt(5) > 0;
                String c5 = due5 >= NOW ? "PENDING" : kept ? "MET" : "MISSED";
                row(out[PROMISE], uuid(), caseId, "1", "C5", c5, ts(at[5]), "ACTIVE", ts(due5),
                        c5.equals("MET") ? ts(at[5] + random.nextLong(14 * DAY)) : null,
                        c5.equals("MET") ? "MESSAGE_SENT" : null, c5.equals("MISSED") ? ts(due5) : null);
            }

            // Onward referrals for some assigned cases (MASH for children more often), one in five with a second.
            if (assigned && random.nextInt(100) < 15) {
                int count = random.nextInt(5) == 0 ? 2 : 1;
                for (int k = 0; k < count; k++) {
                    long proposed = assignedAt + DAY + random.nextLong(30 * DAY);
                    if (proposed >= NOW) {
                        break;
                    }
                    String partner = subjectType.equals("ADULT_NON_RECENT") ? PARTNERS[random.nextInt(PARTNERS.length)]
                            : random.nextBoolean() ? "MASH" : PARTNERS[random.nextInt(PARTNERS.length)];
                    int o = random.nextInt(100);
                    String onward = proposed > NOW - 30 * DAY ? (o < 50 ? "SENT" : "PROPOSED")
                            : o < 45 ? "ACCEPTED" : o < 65 ? "DONE" : o < 78 ? "DECLINED" : o < 85 ? "WITHDRAWN"
                            : "SENT";
                    row(out[ONWARD], uuid(), caseId, partner, onward, "CONSENT", ts(proposed), worker);
                }
            }

            // Consent to be counted in statistics, asked of about a third; a few say not now, a few later withdraw.
            if (random.nextInt(100) < 35) {
                int d = random.nextInt(100);
                row(out[CONSENT], uuid(), caseId, "STATISTICS", d < 93 ? "GRANTED" : d < 97 ? "NOT_NOW"
                        : "PREFER_NOT_TO_SAY", ts(submitted), "SURVIVOR");
                long later = submitted + random.nextLong(365 * DAY);
                if (random.nextInt(200) == 0 && later < NOW) {
                    row(out[CONSENT], uuid(), caseId, "STATISTICS", "NOT_NOW", ts(later), "SURVIVOR");
                }
            }

            // A few notes, some with a second version; about one version in eight flagged for blaming language.
            if (assigned && random.nextInt(100) < 3) {
                UUID note = uuid();
                long written = assignedAt + HOUR + random.nextLong(20 * DAY);
                if (written < NOW) {
                    row(out[NOTE], note, caseId, ts(written), worker);
                    int versions = random.nextInt(10) < 3 ? 2 : 1;
                    for (int v = 1; v <= versions && written < NOW; v++) {
                        boolean flagged = random.nextInt(8) == 0;
                        row(out[NOTE_VERSION], uuid(), note, String.valueOf(v), bytes(48), ts(written), worker,
                                flagged ? "blame-" + random.nextInt(12) : null, flagged ? bytes(40) : null);
                        written += random.nextLong(3 * DAY);
                    }
                }
            }
        }

        private void screening(StringBuilder[] out, UUID caseId, long at, String worker, String subjectType,
                String risk) {
            row(out[SCREENING], uuid(), caseId, ts(at), worker, subjectType, bool(risk.equals("HIGH")
                    && random.nextInt(4) == 0), bool(random.nextInt(20) == 0), bool(random.nextInt(15) == 0),
                    bool(!subjectType.equals("ADULT_NON_RECENT") && random.nextInt(3) == 0), risk, risk,
                    bool(random.nextInt(10) == 0), random.nextInt(3) == 0 ? "SURVIVOR_AGREED" : "NOT_YET_ASKED",
                    classification());
        }

        private String classification() {
            int c = random.nextInt(100);
            return c < 80 ? "EXPLOITATION" : c < 90 ? "OTHER_SEXUAL_ABUSE" : c < 97 ? "OTHER_HARM" : "NO_HARM_IDENTIFIED";
        }

        private String risk() {
            int r = random.nextInt(100);
            return r < 40 ? "LOW" : r < 80 ? "MEDIUM" : "HIGH";
        }

        /** A working day later: a Friday's submission is due on Monday, a weekend's on Tuesday. */
        private static long workingDayAfter(long t) {
            long due = t + DAY;
            int dayOfWeek = (int) (((due - FROM) / DAY + 4) % 7);
            return due + (dayOfWeek == 5 ? 2 * DAY : dayOfWeek == 6 ? DAY : 0);
        }

        private UUID uuid() {
            long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
            long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(msb, lsb);
        }

        private String bytes(int length) {
            StringBuilder hex = new StringBuilder("\\\\x");
            for (int i = 0; i < length; i++) {
                int b = random.nextInt(256);
                hex.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            }
            return hex.toString();
        }

        private static String bool(boolean value) {
            return value ? "t" : "f";
        }

        /** One COPY text row: tab-separated, \N for null (no value here contains a tab, newline or backslash). */
        private static void row(StringBuilder out, Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(values[i] == null ? "\\N" : values[i].toString());
            }
            out.append('\n');
        }

        /** A timestamptz in COPY's text form, UTC. */
        private static String ts(long epochSecond) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
            char[] c = "0000-00-00 00:00:00+00".toCharArray();
            put(c, 0, t.getYear(), 4);
            put(c, 5, t.getMonthValue(), 2);
            put(c, 8, t.getDayOfMonth(), 2);
            put(c, 11, t.getHour(), 2);
            put(c, 14, t.getMinute(), 2);
            put(c, 17, t.getSecond(), 2);
            return new String(c);
        }

        private static void put(char[] c, int at, int value, int digits) {
            for (int i = digits - 1; i >= 0; i--) {
                c[at + i] = (char) ('0' + value % 10);
                value /= 10;
            }
        }
    }
}
