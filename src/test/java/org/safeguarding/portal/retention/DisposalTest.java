package org.safeguarding.portal.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.Tokens;

/**
 * Disposal is never silent: the proposal job (run through the method the scheduler calls) lists closed cases 75 years
 * after their last closure and never one held, open, reopened or not yet due; nothing is destroyed until a lead
 * approves, and a non-lead's approval is refused; once approved, every row of the case's content is gone and the
 * record of the disposal remains; two instances running the job at once propose each case once.
 */
@QuarkusTest
class DisposalTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    DisposalProposals proposals;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aClosedCaseIsProposedSeventyFiveYearsAfterItsLastClosureAndNothingHeldOpenOrReopenedEverIs() throws Exception {
        Instant closed = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String due = closedCase(closed);
        String held = closedCase(closed);
        hold(held);
        String released = closedCase(closed);
        String releasedHold = hold(released);
        tokens.as("lead1").body(Map.of("reason", "Inquiry over")).post("/api/v1/legal-holds/" + releasedHold
                + "/release").then().statusCode(200);
        String open = casework.newCase(Map.of());
        String reopened = closedCase(closed);
        execute("update survivor_case set status = 'REOPENED' where id = ?", UUID.fromString(reopened));
        List<String> cases = List.of(due, held, released, open, reopened);

        Instant seventyFiveYearsOn = closed.atOffset(ZoneOffset.UTC).plusYears(75).toInstant();
        try {
            clock.advance(Duration.between(Instant.now(clock), seventyFiveYearsOn.minus(Duration.ofDays(1))));
            proposals.scheduled();
            cases.forEach(id -> assertEquals(0, proposed(id), "not yet due: " + id));

            clock.advance(Duration.ofDays(2));
            proposals.scheduled();
            proposals.scheduled();
        } finally {
            clock.reset();
        }
        assertEquals(1, proposed(due), "due, and proposed once however often the job runs");
        assertEquals(1, proposed(released), "a released hold no longer stops it");
        assertEquals(0, proposed(held), "under a legal hold");
        assertEquals(0, proposed(open), "never closed");
        assertEquals(0, proposed(reopened), "reopened since its closure");
        assertEquals(1, Rows.count(dataSource, "select count(*) from disposal_item where case_id = ? and rule_keep = "
                + "'P75Y' and rule_from = 'CASE_LAST_CLOSED' and schedule_version = 1 and due_since = ?",
                UUID.fromString(due), Timestamp.from(seventyFiveYearsOn)), "which rule, which version, due since when");
        assertEquals(1, Rows.count(dataSource, "select count(*) from survivor_case where id = ?", UUID.fromString(due)),
                "proposed is not destroyed");

        // Back in real time the case is no longer due: the job takes it off the list, saying why.
        proposals.scheduled();
        assertEquals(0, proposed(due));
        assertEquals(List.of("WITHDRAWN NOT_DUE"), Rows.texts(dataSource, "select status || ' ' || withdrawn_because "
                + "from disposal_item where case_id = ?", UUID.fromString(due)));
    }

    @Test
    void onlyALeadsApprovalDestroysACaseAndTheRecordOfItsDisposalRemains() throws Exception {
        String id = casework.newCase(Map.of("police", "GRANTED"));
        UUID caseId = UUID.fromString(id);
        casework.claim("caseworker1", id);
        tokens.as("caseworker1").body(Map.of("text", "A note to be destroyed")).post("/api/v1/cases/" + id + "/notes")
                .then().statusCode(201);
        tokens.as("survivor1").body(Map.of("text", "A message to be destroyed")).post("/api/v1/me/cases/" + id
                + "/messages").then().statusCode(201);
        tokens.as("lead1").body(Map.of("reason", "Done")).post("/api/v1/legal-holds/" + hold(id) + "/release").then()
                .statusCode(200);
        List<String> notes = Rows.texts(dataSource, "select id from case_note where case_id = ?", caseId);
        String reference = Rows.texts(dataSource, "select reference from survivor_case where id = ?", caseId).get(0);
        closeAt(id, longAgo());
        proposals.scheduled();
        String item = Rows.texts(dataSource, "select id from disposal_item where case_id = ? and status = 'PROPOSED'",
                caseId).get(0);

        for (String user : new String[] { "caseworker1", "board1", "survivor1" }) {
            tokens.as(user).body(Map.of("items", List.of(item))).post("/api/v1/disposals/approval").then()
                    .statusCode(403);
        }
        assertEquals(1, Rows.count(dataSource, "select count(*) from survivor_case where id = ?", caseId),
                "nothing is destroyed without a lead's approval");
        tokens.as("lead1").get("/api/v1/disposals").then().statusCode(200).body("id", hasItem(item));

        tokens.as("lead1").body(Map.of("items", List.of(item))).post("/api/v1/disposals/approval").then()
                .statusCode(200).body("destroyed", equalTo(1));

        for (String table : CaseDestruction.TABLES) {
            if (hasCaseId(table)) {
                assertEquals(0, Rows.count(dataSource, "select count(*) from " + table + " where case_id = ?", caseId),
                        table + " still holds the case");
            }
        }
        assertEquals(0, Rows.count(dataSource, "select count(*) from survivor_case where id = ?", caseId));
        for (String note : notes) {
            assertEquals(0, Rows.count(dataSource, "select count(*) from case_note_version where note_id = ?",
                    UUID.fromString(note)));
        }
        assertEquals(List.of("DESTROYED " + reference + " P75Y 1 true true"), Rows.texts(dataSource,
                "select status || ' ' || case_reference || ' ' || rule_keep || ' ' || schedule_version || ' ' || "
                        + "(decided_by_subject is not null) || ' ' || (destroyed_at is not null) from disposal_item "
                        + "where id = ?", UUID.fromString(item)));
        assertEquals(1, Rows.audited(dataSource, id, "DESTROY_CASE_RECORD"));
        assertTrue(Rows.audited(dataSource, id, "SUBMIT_REFERRAL") >= 1, "the audit trail is kept");
        tokens.as("lead1").get("/api/v1/disposals").then().statusCode(200)
                .body("find { it.id == '" + item + "' }.status", equalTo("DESTROYED"));
    }

    @Test
    void aCaseHeldAfterItWasProposedIsNotDestroyedByTheApproval() throws Exception {
        String id = closedCase(longAgo());
        proposals.scheduled();
        String item = Rows.texts(dataSource, "select id from disposal_item where case_id = ? and status = 'PROPOSED'",
                UUID.fromString(id)).get(0);
        hold(id);
        tokens.as("lead1").body(Map.of("items", List.of(item))).post("/api/v1/disposals/approval").then()
                .statusCode(200).body("destroyed", equalTo(0)).body("withdrawn", equalTo(1));
        assertEquals(1, Rows.count(dataSource, "select count(*) from survivor_case where id = ?", UUID.fromString(id)));
        assertEquals(List.of("WITHDRAWN HELD"), Rows.texts(dataSource, "select status || ' ' || withdrawn_because "
                + "from disposal_item where id = ?", UUID.fromString(item)));
    }

    @Test
    void aLeadTakesACaseOffTheListWithAReasonAndItIsNotProposedAgainAtOnce() throws Exception {
        String id = closedCase(longAgo());
        proposals.scheduled();
        String item = Rows.texts(dataSource, "select id from disposal_item where case_id = ? and status = 'PROPOSED'",
                UUID.fromString(id)).get(0);
        tokens.as("lead1").body(Map.of()).post("/api/v1/disposals/" + item + "/removal").then().statusCode(422);
        tokens.as("caseworker1").body(Map.of("reason", "x")).post("/api/v1/disposals/" + item + "/removal").then()
                .statusCode(403);
        tokens.as("lead1").body(Map.of("reason", "Survivor's civil claim expected")).post("/api/v1/disposals/" + item
                + "/removal").then().statusCode(200).body("status", equalTo("REMOVED"))
                .body("removalReason", equalTo("Survivor's civil claim expected"));
        Rows.texts(dataSource, "select removal_reason_ciphertext from disposal_item where id = ?", UUID.fromString(item))
                .forEach(stored -> assertFalse(stored.contains("civil"), "the reason is encrypted at rest"));
        tokens.as("lead1").body(Map.of("reason", "Again")).post("/api/v1/disposals/" + item + "/removal").then()
                .statusCode(409);
        proposals.scheduled();
        assertEquals(0, proposed(id));
        assertEquals(1, Rows.audited(dataSource, id, "REMOVE_FROM_DISPOSAL"));
    }

    @Test
    void theJobOnTwoInstancesAtOnceProposesEachCaseOnce() throws Exception {
        List<String> cases = List.of(closedCase(longAgo()), closedCase(longAgo()), closedCase(longAgo()));
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = List.of(instances.submit(() -> {
                start.await();
                proposals.scheduled();
                return null;
            }), instances.submit(() -> {
                start.await();
                proposals.scheduled();
                return null;
            }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        for (String id : cases) {
            assertEquals(1, Rows.count(dataSource, "select count(*) from disposal_item where case_id = ?",
                    UUID.fromString(id)), "proposed once: " + id);
        }
    }

    /** A closed case: submitted by survivor1, then closed (as the workflow's sign-off records it) at {@code at}. */
    private String closedCase(Instant at) throws SQLException {
        String id = casework.newCase(Map.of());
        closeAt(id, at);
        return id;
    }

    private void closeAt(String id, Instant at) throws SQLException {
        execute("update survivor_case set status = 'CLOSED' where id = ?", UUID.fromString(id));
        execute("insert into case_status_change (id, case_id, from_status, to_status, changed_at, changed_by_role) "
                + "values (gen_random_uuid(), ?, 'CLOSURE_PROPOSED', 'CLOSED', ?, 'caseworker')", UUID.fromString(id),
                Timestamp.from(at));
    }

    /** Closed 76 years ago: due now, with no clock moved. */
    private static Instant longAgo() {
        return Instant.now().atOffset(ZoneOffset.UTC).minusYears(76).toInstant();
    }

    private String hold(String id) {
        return tokens.as("lead1").body(Map.of("caseId", id, "category", "INQUIRY", "reason", "Independent inquiry"))
                .post("/api/v1/legal-holds").then().statusCode(201).extract().path("id");
    }

    private long proposed(String id) {
        return Rows.count(dataSource, "select count(*) from disposal_item where case_id = ? and status = 'PROPOSED'",
                UUID.fromString(id));
    }

    private boolean hasCaseId(String table) {
        return Rows.count(dataSource, "select count(*) from information_schema.columns where table_name = ? "
                + "and column_name = 'case_id'", table) > 0;
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
