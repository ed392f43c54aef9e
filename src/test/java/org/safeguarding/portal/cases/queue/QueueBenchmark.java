package org.safeguarding.portal.cases.queue;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.testing.Latency;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Tokens;

/**
 * The triage queue at 100,000 cases: p50/p95 of the queue API and the queue page, first page and a deep page, beside
 * the same query as raw SQL and as the application's QueueQuery runs it in-process (Hibernate, one transaction). Not a test (nothing asserts a time): run it with {@code ./benchmark queue}, which prints
 * the figures. Cases are synthetic but stored like real ones (each account encrypted with the portal's cipher).
 */
@QuarkusTest
@Tag("benchmark")
class QueueBenchmark {

    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 300);
    private static final int WARM_UP = 50;
    private static final String[] STATUSES = {"SUBMITTED", "ACKNOWLEDGED", "SCREENING", "ASSIGNED",
        "NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW", "CLOSED", "CLOSED", "CLOSED"};
    private static final String[] RISKS = {"HIGH", null, "MEDIUM", "LOW"};

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    FieldCipher cipher;
    @Inject
    QueueQuery query;

    @Test
    void queue() throws Exception {
        long seedStart = System.nanoTime();
        seed();
        System.out.printf("%nSeeded %,d cases (accounts encrypted) in %.1f s%n", CASES,
                (System.nanoTime() - seedStart) / 1e9);

        Tokens tokens = new Tokens(keycloakUrl);
        String token = tokens.forUser("caseworker1");
        PageSession page = PageSession.signIn("caseworker1");
        QueueCursor deep = cursorAt(openCases() * 9 / 10);
        String deepQuery = "?cursor=" + deep.encoded();

        List<String> lines = new ArrayList<>();
        Latency sqlFirst = time(() -> rawSql(null));
        Latency sqlDeep = time(() -> rawSql(deep));
        lines.add(row("raw SQL (JDBC, one transaction), first page", sqlFirst, null));
        lines.add(row("raw SQL (JDBC, one transaction), deep page", sqlDeep, null));
        lines.add(row("QueueQuery in-process, first page", time(() -> QuarkusTransaction.requiringNew().run(
                () -> query.rows(QueueFilter.OPEN_CASES, Optional.empty(), false, 51))), sqlFirst));
        lines.add(row("QueueQuery in-process, deep page", time(() -> QuarkusTransaction.requiringNew().run(
                () -> query.rows(QueueFilter.OPEN_CASES, Optional.of(deep), false, 51))), sqlDeep));
        lines.add(row("API  GET /api/v1/cases, first page", time(() -> given().auth().oauth2(token)
                .get("/api/v1/cases").then().statusCode(200)), sqlFirst));
        lines.add(row("API  GET /api/v1/cases, deep page", time(() -> given().auth().oauth2(token)
                .get("/api/v1/cases" + deepQuery).then().statusCode(200)), sqlDeep));
        lines.add(row("page GET /casework, first page", time(() -> page.get("/casework").then().statusCode(200)),
                sqlFirst));
        lines.add(row("page GET /casework, deep page", time(() -> page.get("/casework" + deepQuery).then()
                .statusCode(200)), sqlDeep));

        System.out.printf("%nTriage queue, %,d cases (%,d open), %d timed requests each after %d warm-up; times in ms "
                + "measured at the client over loopback (server time plus HTTP)%n", CASES, openCases(), ROUNDS,
                WARM_UP);
        System.out.printf("%-44s %8s %8s %8s %8s%n", "", "p50", "p95", "p50/SQL", "p95/SQL");
        lines.forEach(System.out::println);
        System.out.println();
        System.out.println("Plan of the deep page's query:");
        explain(deep).forEach(line -> System.out.println("  " + line));
    }

    private void seed() throws SQLException {
        Random random = new Random(42);
        Instant now = Instant.now();
        String account = "Synthetic account for the benchmark. ".repeat(8);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement cases = c.prepareStatement("insert into survivor_case (id, reference, "
                    + "owner_subject, status, opened_at, risk, risk_rank, assignee_subject, assignee_name, breach_rank, "
                    + "next_due_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement referrals = c.prepareStatement("insert into referral (id, case_id, "
                            + "owner_subject, idempotency_key, account_ciphertext, submitted_at) "
                            + "values (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < CASES; i++) {
                    UUID caseId = UUID.randomUUID();
                    UUID referralId = UUID.randomUUID();
                    String owner = "benchmark-" + i;
                    Instant opened = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
                    int rank = random.nextInt(4);
                    boolean assigned = random.nextBoolean();
                    cases.setObject(1, caseId);
                    cases.setString(2, String.format("BM%03d-%05d", i / 100_000, i % 100_000));
                    cases.setString(3, owner);
                    cases.setString(4, STATUSES[random.nextInt(STATUSES.length)]);
                    cases.setTimestamp(5, Timestamp.from(opened));
                    cases.setString(6, RISKS[rank]);
                    cases.setShort(7, (short) rank);
                    cases.setString(8, assigned ? "benchmark-worker" : null);
                    cases.setString(9, assigned ? "Sam" : null);
                    // About 2% with a broken promise; the rest with a charter deadline in the next 28 days.
                    boolean breached = random.nextInt(50) == 0;
                    cases.setShort(10, (short) (breached ? 0 : 1));
                    cases.setTimestamp(11, Timestamp.from(now.plus(Duration.ofMinutes(random.nextInt(28 * 24 * 60)))));
                    cases.addBatch();
                    referrals.setObject(1, referralId);
                    referrals.setObject(2, caseId);
                    referrals.setString(3, owner);
                    referrals.setString(4, "benchmark-" + i);
                    referrals.setBytes(5, cipher.encrypt(account + i,
                            new FieldContext("referral", "account_ciphertext", referralId)));
                    referrals.setTimestamp(6, Timestamp.from(opened));
                    referrals.addBatch();
                    if (i % 1_000 == 999) {
                        cases.executeBatch();
                        referrals.executeBatch();
                    }
                }
                cases.executeBatch();
                referrals.executeBatch();
            }
            c.commit();
            c.createStatement().execute("analyze survivor_case");
            c.createStatement().execute("analyze referral");
        }
    }

    private long openCases() throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement()
                .executeQuery("select count(*) from survivor_case where status <> 'CLOSED'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The queue position {@code offset} cases in, as the cursor a caseworker paging that far would hold. */
    private QueueCursor cursorAt(long offset) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select breach_rank, "
                + "risk_rank, next_due_at, id from survivor_case where status <> 'CLOSED' "
                + "order by breach_rank, risk_rank, next_due_at, id offset ? limit 1")) {
            q.setLong(1, offset);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return new QueueCursor(r.getShort(1), r.getShort(2), r.getTimestamp(3).toInstant(),
                        r.getObject(4, UUID.class));
            }
        }
    }

    /** The query QueueQuery.rows sends (Hibernate's SQL for the open-case queue), for the floor it is measured against. */
    private static final String QUEUE_SQL = "select id, reference, status, opened_at, assignee_name, risk, risk_rank, "
            + "breach_rank, next_due_at from survivor_case where status <> 'CLOSED' %s "
            + "order by breach_rank, risk_rank, next_due_at, id limit 51";
    private static final String AFTER = "and (breach_rank, risk_rank, next_due_at, id) > (?, ?, ?, ?)";

    /**
     * The queue's query as plain JDBC, in a transaction of its own like QueueQuery's (begin, query, commit): the
     * floor QueueQuery, the API and the page are compared with.
     */
    private void rawSql(QueueCursor after) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                String.format(QUEUE_SQL, after == null ? "" : AFTER))) {
            c.setAutoCommit(false);
            if (after != null) {
                q.setShort(1, after.breachRank());
                q.setShort(2, after.riskRank());
                q.setTimestamp(3, Timestamp.from(after.nextDueAt()));
                q.setObject(4, after.id());
            }
            int rows = 0;
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    r.getString(2);
                    rows++;
                }
            }
            c.commit();
            if (rows == 0) {
                throw new IllegalStateException("the queue query found nothing");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> explain(QueueCursor after) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "explain (analyze, buffers) " + String.format(QUEUE_SQL, AFTER))) {
            q.setShort(1, after.breachRank());
            q.setShort(2, after.riskRank());
            q.setTimestamp(3, Timestamp.from(after.nextDueAt()));
            q.setObject(4, after.id());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    plan.add(r.getString(1));
                }
            }
        }
        return plan;
    }

    private static Latency time(Runnable request) {
        return Latency.of(WARM_UP, ROUNDS, request);
    }

    private static String row(String name, Latency timing, Latency sql) {
        return String.format("%-44s %8.2f %8.2f %8s %8s", name, timing.p50(), timing.p95(),
                sql == null ? "" : String.format("%.1fx", timing.p50() / sql.p50()),
                sql == null ? "" : String.format("%.1fx", timing.p95() / sql.p95()));
    }
}
