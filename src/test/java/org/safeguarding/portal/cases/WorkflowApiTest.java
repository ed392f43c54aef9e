package org.safeguarding.portal.cases;

import org.safeguarding.portal.testing.Casework;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
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

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/** The workflow through the API: allowed moves, refusals that change nothing, reasons, sign-off, the survivor's view. */
@QuarkusTest
class WorkflowApiTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @Test
    void aCaseGoesFromSubmissionToSignedOffClosureAndTheSurvivorReadsEachStepInPlainWords() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        casework.move("caseworker1", id, "ACKNOWLEDGED", null, null).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        casework.move("caseworker1", id, "SCREENING", null, null).then().statusCode(200);
        casework.move("caseworker1", id, "ASSIGNED", null, null).then().statusCode(409)
                .body("detail", containsString("screening"));
        casework.screen("caseworker1", id, Map.of()).then().statusCode(201);
        for (String next : List.of("ASSIGNED", "NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            casework.move("caseworker1", id, next, null, null).then().statusCode(200).body("status", equalTo(next));
        }
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, null).then().statusCode(422);
        String reasons = "We agreed together that you have the support you wanted. You can ask us to look again.";
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, reasons, "SUPPORT_COMPLETED").then().statusCode(200);
        casework.move("caseworker1", id, "CLOSED", null, null).then().statusCode(409)
                .body("detail", containsString("second caseworker"));
        casework.move("caseworker2", id, "CLOSED", null, null).then().statusCode(200).body("status", equalTo("CLOSED"));
        List<String> storedReasons = Rows.texts(dataSource, "select closure_reasons_ciphertext from survivor_case "
                + "where id = ?", UUID.fromString(id));
        assertEquals(1, storedReasons.size());
        assertFalse(storedReasons.get(0).contains("support you wanted"), "closure reasons stored as plaintext");

        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("timeline.status", hasItems("SUBMITTED", "ACKNOWLEDGED", "ASSIGNED", "CLOSURE_PROPOSED", "CLOSED"))
                .body("messages[-1].text", equalTo(reasons)).body("messages[-1].fromSurvivor", equalTo(false));
        String page = PageSession.signIn("survivor1").get("/my/cases/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("You have a named worker"), "plain words for ASSIGNED");
        assertTrue(page.contains("Support has ended"), "plain words for CLOSED");
        for (CaseStatus status : CaseStatus.values()) {
            assertFalse(page.contains(">" + status.name() + "<"), "the survivor is shown " + status + ", not words");
        }

        casework.move("caseworker1", id, "REOPENED", null, null).then().statusCode(422);
        casework.move("caseworker1", id, "REOPENED", "The survivor asked for support again", null).then()
                .statusCode(200);
        assertEquals(10, Rows.audited(dataSource, id, "CHANGE_STATUS"));
    }

    @Test
    void everyChangeRecordsWhoAndAnEncryptedReason() {
        String id = casework.assignedCase(Map.of(), Map.of());
        String reason = "Needs screening again: new information about the person's brother";
        casework.move("caseworker1", id, "SCREENING", reason, null).then().statusCode(200);
        String subject = tokens.as("caseworker1").get("/api/v1/me").then().extract().path("subject");
        assertEquals(1, Rows.count(dataSource, "select count(*) from case_status_change where case_id = ? "
                + "and to_status = 'SCREENING' and from_status = 'ASSIGNED' and changed_by_subject = ? "
                + "and reason_ciphertext is not null", UUID.fromString(id), subject));
        Rows.texts(dataSource, "select reason_ciphertext from case_status_change where case_id = ?", UUID.fromString(id))
                .stream().filter(java.util.Objects::nonNull)
                .forEach(stored -> assertFalse(stored.contains("brother"), "reason stored as plaintext"));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("statusHistory[-1].reason", equalTo(reason)).body("statusHistory[-1].bySubject", equalTo(subject));
        // The survivor's timeline shows the step, never the hub's internal reason.
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body(not(containsString("brother")));
    }

    @Test
    void aRefusedMoveIsA409AndChangesNothing() {
        String id = casework.newCase(Map.of());
        casework.move("caseworker1", id, "ACTIVE", "skip ahead", null).then().statusCode(409)
                .body("detail", containsString("cannot move there"));
        casework.move("caseworker1", id, "CLOSED", "close it", null).then().statusCode(409);
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("status", equalTo("SUBMITTED"));
        assertEquals(0, Rows.count(dataSource, "select count(*) from case_status_change where case_id = ?",
                UUID.fromString(id)));
        assertEquals(0, Rows.audited(dataSource, id, "CHANGE_STATUS"));
    }

    @Test
    void thePausedCaseIsTheSurvivorsToResume() {
        String id = casework.newCase(Map.of());
        casework.move("caseworker1", id, "ACKNOWLEDGED", null, null).then().statusCode(200);
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/pause").then().statusCode(200);
        casework.move("caseworker1", id, "SCREENING", null, null).then().statusCode(409)
                .body("detail", containsString("paused"));
        casework.move("caseworker1", id, "ACKNOWLEDGED", "try to unpause", null).then().statusCode(409);
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/resume").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        casework.move("caseworker1", id, "SCREENING", null, null).then().statusCode(200);
    }

    @Test
    void settingACaseAsideNeedsAReasonAndReturnsItWhereItWas() {
        String id = casework.newCase(Map.of());
        casework.move("caseworker1", id, "DO_NOT_CONTACT", null, null).then().statusCode(422);
        casework.move("caseworker1", id, "DO_NOT_CONTACT", "Survivor's phone may be monitored", null).then()
                .statusCode(200);
        casework.move("caseworker1", id, "ACKNOWLEDGED", null, null).then().statusCode(409);
        casework.move("caseworker1", id, "SUBMITTED", null, null).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aChildAtRiskCaseCannotCloseUntilTheMashHasAnswered() {
        String id = casework.assignedCase(Map.of("partners", "GRANTED"), Map.of("subjectType", "CHILD_AT_RISK",
                "risk", "HIGH"));
        for (String next : List.of("NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            casework.move("caseworker1", id, next, null, null).then().statusCode(200);
        }
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, "Support is complete", "SUPPORT_COMPLETED").then()
                .statusCode(409)
                .body("detail", containsString("MASH"));
        String mash = tokens.as("caseworker1").get("/api/v1/cases/" + id).then().extract()
                .path("onwardReferrals.find { it.partner == 'MASH' }.id");
        for (String step : List.of("SENT", "ACCEPTED")) {
            tokens.as("caseworker1").body(Map.of("status", step)).post("/api/v1/cases/" + id + "/onward-referrals/"
                    + mash + "/status").then().statusCode(200);
        }
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, "Support is complete", "SUPPORT_COMPLETED").then()
                .statusCode(200);
        casework.move("caseworker2", id, "CLOSED", null, null).then().statusCode(200);
    }

    @Test
    void badRequestsAreRefusedPlainly() {
        String id = casework.newCase(Map.of());
        tokens.as("caseworker1").body(Map.of("to", "NOWHERE")).post("/api/v1/cases/" + id + "/transitions").then()
                .statusCode(400);
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/transitions").then().statusCode(422)
                .body("errors[0].field", equalTo("to"));
        tokens.as("caseworker1").body(Map.of("to", "ACKNOWLEDGED", "reason", "x".repeat(2_001)))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(422);
        casework.move("caseworker1", UUID.randomUUID().toString(), "ACKNOWLEDGED", null, null).then().statusCode(404);
        tokens.as("survivor1").body(Map.of("to", "ACKNOWLEDGED")).post("/api/v1/cases/" + id + "/transitions").then()
                .statusCode(403);
        tokens.as("board1").body(Map.of("to", "ACKNOWLEDGED")).post("/api/v1/cases/" + id + "/transitions").then()
                .statusCode(403);
    }
}
