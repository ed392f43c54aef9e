package org.safeguarding.portal.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.safeguarding.portal.testing.LogCapture;
import org.safeguarding.portal.testing.Tokens;

/**
 * The chain a database owner cannot quietly rewrite. Each tamper is done as the owner of the tables (who can switch
 * the append-only triggers off), while holding the sealer's lock so no seal is added meanwhile, and is undone before
 * the test ends, so the rest of the suite shares an intact chain.
 */
@QuarkusTest
class AuditChainTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;
    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;
    @ConfigProperty(name = "quarkus.datasource.username")
    String appRole;
    @ConfigProperty(name = "quarkus.datasource.password")
    String appPassword;
    @Inject
    AuditSealer sealer;
    @Inject
    AuditVerifier verifier;
    @Inject
    MeterRegistry metrics;

    Tokens tokens;

    @BeforeEach
    void sealedAndIntact() {
        tokens = new Tokens(keycloakUrl);
        submittedCase();
        sealer.scheduled(); // the scheduler's own entry point (every 2 s besides)
        assertTrue(verifier.verifyFromStart().intact(), "the chain is intact before each test");
    }

    @Test
    void everyRowIsSealedOnceWithNoGapAndTheChainVerifies() throws SQLException {
        String id = submittedCase();
        given().auth().oauth2(tokens.forUser("caseworker1")).get("/api/v1/cases/" + id).then().statusCode(200);
        sealer.sealPending(); // (the scheduled run, every 2 s, may have sealed them first)
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            ResultSet counts = s.executeQuery("select count(*), min(seq), max(seq), count(distinct event_id) "
                    + "from audit_seal");
            counts.next();
            assertEquals(1, counts.getLong(2));
            assertEquals(counts.getLong(1), counts.getLong(3), "seal numbers have no gap");
            assertEquals(counts.getLong(1), counts.getLong(4), "no row is sealed twice");
            ResultSet unsealed = s.executeQuery("select count(*) from audit_event e where e.record_id = '" + id
                    + "' and not exists (select 1 from audit_seal s where s.event_id = e.id)");
            unsealed.next();
            assertEquals(0, unsealed.getLong(1));
        }
        AuditVerifier.Verdict verdict = verifier.verifyFromStart();
        assertTrue(verdict.intact(), verdict.toString());
    }

    @Test
    void aRowWhoseTransactionCommitsLateIsSealedAfterTheOthersNotSkipped() throws Exception {
        try (Connection late = asOwner()) {
            late.setAutoCommit(false);
            long lateId = insertAuditRow(late, "late-writer");
            String id = submittedCase(); // commits while the earlier transaction is still open
            sealer.sealPending();
            assertEquals(null, sealOf(lateId), "not sealed while its transaction is open");
            assertEquals(null, sealOfNewestRowOf(id), "nor anything newer: the chain waits for commit order");
            late.commit();
            sealer.sealPending();
            long lateSeal = sealOf(lateId);
            long laterSeal = sealOfNewestRowOf(id);
            assertTrue(lateSeal < laterSeal, "sealed in the order the transactions began writing");
        }
        assertTrue(verifier.verifyFromStart().intact());
    }

    @Test
    void twoInstancesSealingAtOnceSealEachRowOnce() throws Exception {
        java.util.List<String> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cases.add(submittedCase());
        }
        // Two runs at once (and the scheduled one besides): each row is sealed by exactly one of them.
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(sealer::sealPending);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(sealer::sealPending);
        one.get();
        two.get();
        sealer.sealPending();
        for (String id : cases) {
            assertTrue(sealOfNewestRowOf(id) != null, "sealed: " + id);
        }
        assertTrue(verifier.verifyFromStart().intact());
        try (Connection c = asOwner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) = count(distinct event_id) and count(*) = max(seq) "
                        + "from audit_seal")) {
            rs.next();
            assertTrue(rs.getBoolean(1));
        }
    }

    @Test
    void aSealerFindingAnotherAtWorkLeavesItToThatOne() throws SQLException {
        String id;
        try (Connection other = asOwner(); Statement s = other.createStatement()) {
            s.execute("select pg_advisory_lock(" + AuditSealer.SEAL_LOCK + ")"); // another instance is sealing
            id = submittedCase();
            assertEquals(0, sealer.sealPending());
            assertEquals(null, sealOfNewestRowOf(id), "left to the instance holding the lock");
            s.execute("select pg_advisory_unlock(" + AuditSealer.SEAL_LOCK + ")");
        }
        sealer.sealPending();
        assertTrue(sealOfNewestRowOf(id) != null, "sealed once the other instance is done");
    }

    @Test
    void anUpdatedRowIsFoundAtItsSeal() throws SQLException {
        long[] target = newestSeal();
        try (Connection c = ownerHoldingTheSealLock(); Statement s = c.createStatement()) {
            String purpose = text(s, "select purpose from audit_event where id = " + target[1]);
            withTriggersOff(s, "audit_event", "update audit_event set purpose = 'rewritten' where id = " + target[1]);
            AuditVerifier.Verdict verdict = verifier.verifyFromStart();
            assertFalse(verdict.intact());
            assertEquals(target[0], verdict.badSeq());
            assertEquals(target[1], verdict.badEventId());
            withTriggersOff(s, "audit_event", "update audit_event set purpose = "
                    + (purpose == null ? "null" : "'" + purpose + "'") + " where id = " + target[1]);
        }
        assertTrue(verifier.verifyFromStart().intact());
    }

    @Test
    void aRowRehashedWithoutTheKeyIsFoundAtItsSeal() throws Exception {
        long[] target = newestSeal();
        try (Connection c = ownerHoldingTheSealLock(); Statement s = c.createStatement()) {
            s.execute("create temp table kept_seal as select * from audit_seal where seq = " + target[0]);
            s.execute("create temp table kept_event as select * from audit_event where id = " + target[1]);
            // What someone without the key can do: change the row and seal it again with a key of their own.
            byte[] guessedKey = new byte[32];
            new SecureRandom().nextBytes(guessedKey);
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(guessedKey, "HmacSHA256"));
            byte[] forged = hmac.doFinal(("rewritten " + target[1]).getBytes());
            withTriggersOff(s, "audit_event", "update audit_event set actor_role = 'board' where id = " + target[1]);
            try (PreparedStatement p = c.prepareStatement("update audit_seal set mac = ? where seq = ?")) {
                s.execute("alter table audit_seal disable trigger user");
                p.setBytes(1, forged);
                p.setLong(2, target[0]);
                p.executeUpdate();
                s.execute("alter table audit_seal enable trigger user");
            }
            AuditVerifier.Verdict verdict = verifier.verifyFromStart();
            assertFalse(verdict.intact());
            assertEquals(target[0], verdict.badSeq());
            assertEquals(target[1], verdict.badEventId());
            withTriggersOff(s, "audit_seal", "update audit_seal set mac = (select mac from kept_seal) where seq = "
                    + target[0]);
            withTriggersOff(s, "audit_event", "update audit_event set actor_role = k.actor_role from kept_event k "
                    + "where audit_event.id = k.id");
        }
        assertTrue(verifier.verifyFromStart().intact());
    }

    @Test
    void aDeletedRowIsFoundWhereItsSealWas() throws SQLException {
        submittedCase();
        submittedCase();
        sealer.sealPending(); // one run, two rows: the first is not a checkpoint's head
        long[] target = middleSeal();
        try (Connection c = ownerHoldingTheSealLock(); Statement s = c.createStatement()) {
            s.execute("create temp table kept_event as select * from audit_event where id = " + target[1]);
            s.execute("create temp table kept_seal as select * from audit_seal where seq = " + target[0]);
            withTriggersOff(s, "audit_seal", "delete from audit_seal where seq = " + target[0]);
            withTriggersOff(s, "audit_event", "delete from audit_event where id = " + target[1]);
            AuditVerifier.Verdict verdict = verifier.verifyFromStart();
            assertFalse(verdict.intact());
            assertEquals(target[0], verdict.badSeq(), verdict.problem());
            s.execute("insert into audit_event overriding system value select * from kept_event");
            s.execute("insert into audit_seal select * from kept_seal");
        }
        assertTrue(verifier.verifyFromStart().intact());
    }

    @Test
    void rowsCutOffTheEndWithTheirCheckpointsAreFoundByTheCheckpointWrittenOutside() throws SQLException {
        submittedCase();
        submittedCase();
        sealer.sealPending();
        long last;
        long cut;
        try (Connection c = ownerHoldingTheSealLock(); Statement s = c.createStatement()) {
            last = Long.parseLong(text(s, "select max(seq) from audit_seal"));
            cut = last - 2; // the last three seals go, and every checkpoint that names them
            s.execute("create temp table kept_checkpoints as select * from audit_checkpoint where head_seq > " + cut);
            s.execute("create temp table kept_seals as select * from audit_seal where seq > " + cut);
            s.execute("create temp table kept_events as select * from audit_event where id in "
                    + "(select event_id from kept_seals)");
            withTriggersOff(s, "audit_checkpoint", "delete from audit_checkpoint where head_seq > " + cut);
            withTriggersOff(s, "audit_seal", "delete from audit_seal where seq > " + cut);
            withTriggersOff(s, "audit_event", "delete from audit_event where id in (select event_id from kept_seals)");
            AuditVerifier.Verdict verdict = verifier.verifyFromStart();
            assertFalse(verdict.intact(), "what is left in the database agrees with itself, but not with outside");
            assertEquals(cut + 1, verdict.badSeq(), verdict.problem());
            s.execute("insert into audit_event overriding system value select * from kept_events");
            s.execute("insert into audit_seal select * from kept_seals");
            s.execute("insert into audit_checkpoint overriding system value select * from kept_checkpoints");
        }
        assertTrue(verifier.verifyFromStart().intact());
    }

    @Test
    void theScheduledCheckReportsAChangeAfterItsLastPointAsALogLineAndAMetric() throws SQLException {
        verifier.scheduled();
        assertTrue(verifier.latest().intact());
        assertEquals(1.0, metrics.get("portal.audit.chain.intact").gauge().value());
        submittedCase();
        sealer.sealPending();
        long[] target = newestSeal();
        try (LogCapture log = LogCapture.start();
                Connection c = ownerHoldingTheSealLock(); Statement s = c.createStatement()) {
            withTriggersOff(s, "audit_event", "update audit_event set record_type = 'other' where id = " + target[1]);
            verifier.scheduled();
            AuditVerifier.Verdict verdict = verifier.latest();
            assertEquals(target[0], verdict.badSeq());
            assertEquals(0.0, metrics.get("portal.audit.chain.intact").gauge().value());
            assertFalse(log.linesContaining("Audit chain broken").isEmpty());
            assertTrue(log.linesContaining("Audit chain broken").get(0).contains("seal " + target[0]));
            assertTrue(log.linesContaining("Audit chain broken").get(0).contains("audit row " + target[1]));
            withTriggersOff(s, "audit_event", "update audit_event set record_type = 'case' where id = " + target[1]);
        }
        verifier.scheduled();
        assertTrue(verifier.latest().intact());
        assertEquals(1.0, metrics.get("portal.audit.chain.intact").gauge().value());
    }

    @Test
    void theServicesRoleCanOnlyAddToTheTrailAndTheOwnersTriggersStillRefuse() throws SQLException {
        try (Connection app = DriverManager.getConnection(url, appRole, appPassword); Statement s = app.createStatement()) {
            assertEquals(java.util.List.of(), AuditRoleGuard.problems(app));
            for (String table : AuditRoleGuard.AUDIT_TABLES) {
                assertRefused(s, "update " + table + " set " + (table.equals("audit_event") ? "purpose = 'x'"
                        : table.equals("audit_seal") ? "mac = mac" : "signature = signature"));
                assertRefused(s, "delete from " + table);
                assertRefused(s, "truncate " + table + " cascade");
                assertRefused(s, "alter table " + table + " disable trigger user");
            }
        }
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            assertFalse(AuditRoleGuard.problems(c).isEmpty(), "the guard refuses the owner as the service's role");
            assertRefused(s, "update audit_event set purpose = 'x'");
            assertRefused(s, "delete from audit_seal");
            assertRefused(s, "truncate audit_checkpoint");
        }
    }

    private static void assertRefused(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException refused) {
            return;
        }
        throw new AssertionError("allowed: " + sql);
    }

    private String submittedCase() {
        return given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"account\":\"Sealed account\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    private Connection asOwner() throws SQLException {
        return DriverManager.getConnection(url, owner, ownerPassword);
    }

    /** The owner, with the sealer kept away (its lock held for this session) while rows are rewritten. */
    private Connection ownerHoldingTheSealLock() throws SQLException {
        Connection c = asOwner();
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + AuditSealer.SEAL_LOCK + ")");
        }
        return c;
    }

    private static void withTriggersOff(Statement s, String table, String sql) throws SQLException {
        s.execute("alter table " + table + " disable trigger user");
        try {
            s.execute(sql);
        } finally {
            s.execute("alter table " + table + " enable trigger user");
        }
    }

    private static long insertAuditRow(Connection c, String subject) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("insert into audit_event "
                + "(occurred_at, actor_subject, actor_role, action, record_type, record_id) values (now(), '" + subject
                + "', 'caseworker', 'VIEW_CASE', 'case', '" + UUID.randomUUID() + "') returning id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Long sealOf(long eventId) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            String seq = text(s, "select seq from audit_seal where event_id = " + eventId);
            return seq == null ? null : Long.valueOf(seq);
        }
    }

    private Long sealOfNewestRowOf(String caseId) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            String seq = text(s, "select s.seq from audit_event e left join audit_seal s on s.event_id = e.id "
                    + "where e.record_id = '" + caseId + "' order by e.id desc limit 1");
            return seq == null ? null : Long.valueOf(seq);
        }
    }

    /** The newest seal and its row: {seq, event id}. */
    private long[] newestSeal() throws SQLException {
        return seal("select seq, event_id from audit_seal order by seq desc limit 1");
    }

    /** A seal in the middle of the chain that no checkpoint names: {seq, event id}. */
    private long[] middleSeal() throws SQLException {
        return seal("select seq, event_id from audit_seal s where seq > 1 and seq < (select max(seq) from audit_seal) "
                + "and not exists (select 1 from audit_checkpoint c where c.head_seq = s.seq) order by seq desc limit 1");
    }

    private long[] seal(String sql) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "a seal to work on");
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
