package org.safeguarding.portal.access;

import org.safeguarding.portal.testing.Casework;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.core.Actor;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/** Need-to-know: someone else's case opens only with a declared reason, which is audited and listed for review. */
@QuarkusTest
class BreakGlassTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    RecordAccess access;
    @Inject
    AuditService audit;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    private List<String> purposes(String id) {
        return Rows.texts(dataSource, "select purpose from audit_event where record_id = ? and action = 'VIEW_CASE' "
                + "order by id", UUID.fromString(id));
    }

    @Test
    void theAssignedWorkersReadIsAuditedWithoutAReason() {
        String id = casework.newCase(Map.of());
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200).body("accessPurpose",
                equalTo("triage"));
        casework.claim("caseworker1", id);
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).body("accessPurpose",
                equalTo("assigned worker"));
        assertEquals(List.of("triage", "assigned worker"), purposes(id));
        assertEquals(0, Rows.audited(dataSource, id, "BREAK_GLASS"));
    }

    @Test
    void aColleaguesCaseOpensOnlyWithADeclaredReasonWhichIsAuditedAndEncrypted() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(403)
                .body("detail", containsString("assigned to a colleague"));
        tokens.as("caseworker2").get("/api/v1/cases/" + id + "/notes").then().statusCode(403);
        tokens.as("caseworker2").get("/api/v1/cases/" + id + "/messages").then().statusCode(403);
        assertEquals(List.of(), purposes(id));

        tokens.as("caseworker2").body(Map.of("reason", "URGENT_SAFEGUARDING_CONCERN")).post("/api/v1/cases/" + id
                + "/break-glass").then().statusCode(422).body("errors[0].field", equalTo("explanation"));
        tokens.as("caseworker2").body(Map.of("reason", "BORED", "explanation", "x")).post("/api/v1/cases/" + id
                + "/break-glass").then().statusCode(400);
        tokens.as("caseworker2").body(Map.of("reason", "URGENT_SAFEGUARDING_CONCERN", "explanation",
                "Police called about a sighting of the exploiter")).post("/api/v1/cases/" + id + "/break-glass")
                .then().statusCode(201);

        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("accessPurpose", equalTo("break-glass: URGENT_SAFEGUARDING_CONCERN"));
        assertEquals(List.of("break-glass: URGENT_SAFEGUARDING_CONCERN"), purposes(id));
        assertEquals(List.of("URGENT_SAFEGUARDING_CONCERN"), Rows.texts(dataSource,
                "select purpose from audit_event where record_id = ? and action = 'BREAK_GLASS'", UUID.fromString(id)));
        Rows.texts(dataSource, "select explanation_ciphertext from break_glass_access where case_id = ?",
                UUID.fromString(id)).forEach(stored -> assertFalse(stored.contains("sighting")));
    }

    @Test
    void aColleaguesCaseCannotBeTakenOverOrChangedWithoutAReason() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        tokens.as("caseworker2").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(403);
        tokens.as("caseworker2").body(Map.of("text", "A note")).post("/api/v1/cases/" + id + "/notes").then()
                .statusCode(403);
        tokens.as("caseworker2").body(Map.of("text", "Hello")).post("/api/v1/cases/" + id + "/messages").then()
                .statusCode(403);
        casework.move("caseworker2", id, "ACKNOWLEDGED", null, null).then().statusCode(403);
        casework.screen("caseworker2", id, Map.of()).then().statusCode(403);
        tokens.as("caseworker2").body(Map.of("days", 7)).post("/api/v1/cases/" + id + "/contact-frequency").then()
                .statusCode(403);
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("assignedWorker", equalTo("Amira"))
                .body("status", equalTo("SUBMITTED"));
        assertEquals(0, Rows.count(dataSource, "select count(*) from case_note where case_id = ?", UUID.fromString(id)));

        tokens.as("caseworker2").body(Map.of("reason", "COVERING_FOR_ASSIGNED_WORKER", "explanation",
                "Amira is on leave for two weeks")).post("/api/v1/cases/" + id + "/break-glass").then().statusCode(201);
        tokens.as("caseworker2").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200)
                .body("assignee", equalTo("Tom"));
    }

    @Test
    void reviewingAProposedClosureOpensTheRecordAndTheDecisionAndNothingElse() {
        String id = casework.assignedCase(Map.of(), Map.of());
        for (String next : List.of("NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            casework.move("caseworker1", id, next, null, null).then().statusCode(200);
        }
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, "Support is complete", "SUPPORT_COMPLETED").then()
                .statusCode(200);

        // The second caseworker reads the record to review it, under that purpose ...
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200);
        assertEquals("closure sign-off", purposes(id).get(purposes(id).size() - 1));
        // ... but the review is no reason to take the case or change anything else in it.
        tokens.as("caseworker2").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(403);
        tokens.as("caseworker2").body(Map.of("text", "A note")).post("/api/v1/cases/" + id + "/notes").then()
                .statusCode(403);
        tokens.as("caseworker2").body(Map.of("text", "Hello")).post("/api/v1/cases/" + id + "/messages").then()
                .statusCode(403);
        casework.screen("caseworker2", id, Map.of()).then().statusCode(403);
        tokens.as("caseworker2").body(Map.of("days", 7)).post("/api/v1/cases/" + id + "/contact-frequency").then()
                .statusCode(403);
        assertEquals(0, Rows.count(dataSource, "select count(*) from case_note where case_id = ?", UUID.fromString(id)));

        // Declining the closure is theirs to decide; the case stays with its worker, and closed to the reviewer again.
        casework.move("caseworker2", id, "ACTIVE", "The survivor asked for more support first", null).then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("assignedWorker", equalTo("Amira"));
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(403);
        casework.move("caseworker2", id, "REVIEW", null, null).then().statusCode(403);
    }

    @Test
    void openingsAreListedForAColleaguesReviewNeverOnesOwn() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        tokens.as("caseworker2").body(Map.of("reason", "COVERING_FOR_ASSIGNED_WORKER", "explanation",
                "Amira is on leave")).post("/api/v1/cases/" + id + "/break-glass").then().statusCode(201);

        var listed = tokens.as("caseworker2").get("/api/v1/break-glass").then().statusCode(200).extract();
        String opening = listed.path("find { it.caseId == '" + id + "' }.id");
        assertEquals("Amira is on leave", listed.path("find { it.caseId == '" + id + "' }.explanation"));
        assertEquals("Tom", listed.path("find { it.caseId == '" + id + "' }.openedBy"));
        tokens.as("caseworker2").post("/api/v1/break-glass/" + opening + "/review").then().statusCode(409);
        tokens.as("caseworker1").post("/api/v1/break-glass/" + opening + "/review").then().statusCode(204);
        tokens.as("caseworker1").post("/api/v1/break-glass/" + opening + "/review").then().statusCode(404);
        tokens.as("caseworker1").get("/api/v1/break-glass").then().body("find { it.id == '" + opening + "' }",
                org.hamcrest.Matchers.nullValue());
        tokens.as("survivor1").get("/api/v1/break-glass").then().statusCode(403);
        tokens.as("board1").get("/api/v1/break-glass").then().statusCode(403);
    }

    @Test
    void onThePagesTheRecordAsksForTheReasonFirst() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        PageSession page = PageSession.signIn("caseworker2");
        page.get("/casework/cases/" + id).then().statusCode(403).body(containsString("assigned to a colleague"))
                .body(containsString("name=\"explanation\""));
        page.submit("/casework/cases/" + id, "/casework/cases/" + id + "/break-glass", Map.of("reason", "SUPERVISION_OR_AUDIT",
                "explanation", "Monthly case audit")).then().statusCode(303);
        page.get("/casework/cases/" + id).then().statusCode(200).body(containsString("break-glass: SUPERVISION_OR_AUDIT"));
        page.get("/casework/break-glass").then().statusCode(200).body(containsString("Monthly case audit"));
    }

    /**
     * Asking whether a colleague's case needs a reason is a question, not a refusal: a caller that asks inside its own
     * transaction and then writes (here an audit row) keeps what it wrote. Answered by throwing and catching the
     * refusal, it marked that transaction for rollback, and the write was lost without a word at commit.
     */
    @Test
    void askingWhetherAReasonIsNeededLeavesTheCallersTransactionFreeToWrite() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        Actor colleague = new Actor("break-glass-test-colleague", "caseworker");
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(access.needsBreakGlass(colleague, UUID.fromString(id)));
            audit.record(colleague, AuditAction.BREAK_GLASS, CaseService.RECORD_TYPE, UUID.fromString(id), "asked");
        });
        assertEquals(1, Rows.audited(dataSource, id, "BREAK_GLASS"));
    }
}
