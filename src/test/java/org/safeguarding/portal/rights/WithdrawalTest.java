package org.safeguarding.portal.rights;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * "I no longer want the hub to act", against the real database: the case is withdrawn and stays, its running promises
 * end (ended, not broken), the worker is told until they mark it seen, no caseworker can move it, a child-at-risk case
 * tells the survivor in writing what the hub must still do, and asking again reopens it.
 */
@QuarkusTest
class WithdrawalTest {

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
    void aWithdrawnCaseEndsItsPromisesTellsTheWorkerAndOnlyTheSurvivorReopensIt() {
        String id = casework.assignedCase(Map.of(), Map.of());

        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("childDutyExplained", equalTo(false));

        assertEquals(0, Rows.count(dataSource, "select count(*) from commitment_instance where case_id = ?"
                + " and status in ('PENDING', 'PAUSED')", UUID.fromString(id)), "no promise still runs");
        assertTrue(Rows.count(dataSource, "select count(*) from commitment_instance where case_id = ?"
                + " and status = 'ENDED'", UUID.fromString(id)) > 0, "running promises ended, not broken");
        assertEquals(1, Rows.audited(dataSource, id, "WITHDRAW_CASE"));
        assertEquals(1, Rows.count(dataSource, "select count(*) from case_status_change where case_id = ?"
                + " and to_status = 'WITHDRAWN' and changed_by_role = 'survivor'", UUID.fromString(id)));
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/withdrawal").then().statusCode(409);

        // No caseworker moves it, not even to reopen it.
        casework.move("caseworker1", id, "REOPENED", "They rang", null).then().statusCode(409)
                .body("detail", containsString("withdrew"));
        casework.move("caseworker1", id, "ACTIVE", "They rang", null).then().statusCode(409);

        // The worker it was assigned to is told; a colleague is not.
        String withdrawal = tokens.as("caseworker1").get("/api/v1/withdrawals").then().statusCode(200)
                .body("caseId", hasItem(id)).extract().path("find { it.caseId == '" + id + "' }.id");
        tokens.as("caseworker2").get("/api/v1/withdrawals").then().statusCode(200).body("caseId", not(hasItem(id)));
        tokens.as("caseworker2").post("/api/v1/withdrawals/" + withdrawal + "/seen").then().statusCode(404);
        tokens.as("caseworker1").post("/api/v1/withdrawals/" + withdrawal + "/seen").then().statusCode(204);
        tokens.as("caseworker1").get("/api/v1/withdrawals").then().body("caseId", not(hasItem(id)));
        assertEquals(1, Rows.audited(dataSource, id, "SEE_WITHDRAWAL"));

        // The record is kept whole; the survivor asks again and the work picks up from REOPENED.
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(200).body("status",
                equalTo("WITHDRAWN"));
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/renewal").then().statusCode(200)
                .body("status", equalTo("REOPENED"));
        assertEquals(1, Rows.audited(dataSource, id, "ASK_AGAIN"));
        casework.move("caseworker1", id, "ACTIVE", null, null).then().statusCode(200);
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/renewal").then().statusCode(409);
    }

    @Test
    void aChildAtRiskCaseTellsTheSurvivorTheDutyStillStandsAndRecordsIt() {
        String id = casework.assignedCase(Map.of("partners", "GRANTED"), Map.of("subjectType", "CHILD_AT_RISK",
                "risk", "HIGH"));
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/withdrawal").then().statusCode(200)
                .body("childDutyExplained", equalTo(true));
        List<String> notices = tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/messages").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'NOTICE' }.text");
        assertTrue(notices.stream().anyMatch(text -> text.contains("duty to keep that child safe")), notices.toString());
        assertEquals(1, Rows.count(dataSource, "select count(*) from case_withdrawal where case_id = ?"
                + " and child_duty_explained", UUID.fromString(id)));
        tokens.as("caseworker1").get("/api/v1/withdrawals").then()
                .body("find { it.caseId == '" + id + "' }.childDutyExplained", equalTo(true));
    }

    @Test
    void anUnassignedCaseTellsTheQueueAndNobodyElsesCaseIsReachable() {
        String id = casework.newCase(Map.of());
        tokens.as("survivor2").post("/api/v1/me/cases/" + id + "/withdrawal").then().statusCode(404);
        tokens.as("caseworker1").post("/api/v1/me/cases/" + id + "/withdrawal").then().statusCode(403);
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/withdrawal").then().statusCode(200);
        tokens.as("caseworker1").get("/api/v1/withdrawals").then().body("caseId", hasItem(id));
        tokens.as("caseworker2").get("/api/v1/withdrawals").then().body("caseId", hasItem(id));
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/pause").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }
}
