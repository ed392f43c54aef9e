package org.safeguarding.portal.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * Legal holds through the JSON API with real tokens: a lead sets one with a category and a reason (encrypted at rest),
 * lists current and past ones, and releases one with a reason, each step audited; nobody but a lead may do any of it,
 * and a case or hold that does not exist is 404.
 */
@QuarkusTest
class LegalHoldTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    LegalHoldService holds;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @Test
    void aLeadSetsListsAndReleasesAHoldAndEachStepIsAudited() {
        String id = casework.newCase(Map.of());
        UUID caseId = UUID.fromString(id);
        assertFalse(holds.isUnderHold(caseId));

        String holdId = tokens.as("lead1").body(Map.of("caseId", id, "category", "LITIGATION",
                "reason", "Claim Smith v Council, solicitor's letter of 3 March")).post("/api/v1/legal-holds").then()
                .statusCode(201).body("caseId", equalTo(id)).body("category", equalTo("LITIGATION"))
                .body("releasedAt", equalTo(null)).extract().path("id");
        assertTrue(holds.isUnderHold(caseId));
        assertEquals(1, Rows.audited(dataSource, id, "SET_LEGAL_HOLD"));
        Rows.texts(dataSource, "select reason_ciphertext from legal_hold where case_id = ?", caseId)
                .forEach(stored -> assertFalse(stored.contains("Smith"), "the reason is encrypted at rest"));

        long listed = Rows.count(dataSource, "select count(*) from audit_event where action = 'LIST_LEGAL_HOLDS'");
        tokens.as("lead1").get("/api/v1/legal-holds").then().statusCode(200).body("id", hasItem(holdId))
                .body("find { it.id == '" + holdId + "' }.reason", equalTo(
                        "Claim Smith v Council, solicitor's letter of 3 March"));
        assertEquals(listed + 1, Rows.count(dataSource,
                "select count(*) from audit_event where action = 'LIST_LEGAL_HOLDS'"));

        tokens.as("lead1").body(Map.of()).post("/api/v1/legal-holds/" + holdId + "/release").then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        assertTrue(holds.isUnderHold(caseId), "a release without a reason releases nothing");
        tokens.as("lead1").body(Map.of("reason", "Claim settled")).post("/api/v1/legal-holds/" + holdId + "/release")
                .then().statusCode(200).body("releaseReason", equalTo("Claim settled"));
        assertFalse(holds.isUnderHold(caseId));
        assertEquals(1, Rows.audited(dataSource, id, "RELEASE_LEGAL_HOLD"));
        Rows.texts(dataSource, "select release_reason_ciphertext from legal_hold where case_id = ?", caseId)
                .forEach(stored -> assertFalse(stored.contains("settled"), "the release reason is encrypted at rest"));
        tokens.as("lead1").body(Map.of("reason", "Again")).post("/api/v1/legal-holds/" + holdId + "/release").then()
                .statusCode(409);
        tokens.as("lead1").get("/api/v1/legal-holds").then().statusCode(200)
                .body("find { it.id == '" + holdId + "' }.releaseReason", equalTo("Claim settled"));
    }

    @Test
    void aHoldNeedsACategoryAndAReason() {
        String id = casework.newCase(Map.of());
        tokens.as("lead1").body(Map.of("caseId", id, "reason", "An inquiry")).post("/api/v1/legal-holds").then()
                .statusCode(422).body("errors[0].field", equalTo("category"));
        tokens.as("lead1").body(Map.of("caseId", id, "category", "INQUIRY")).post("/api/v1/legal-holds").then()
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        tokens.as("lead1").body(Map.of("caseId", id, "category", "BORED", "reason", "x")).post("/api/v1/legal-holds")
                .then().statusCode(400);
        assertEquals(0, Rows.count(dataSource, "select count(*) from legal_hold where case_id = ?", UUID.fromString(id)));
        assertEquals(0, Rows.audited(dataSource, id, "SET_LEGAL_HOLD"));
    }

    @Test
    void aCaseOrHoldThatDoesNotExistIsNotFound() {
        tokens.as("lead1").body(Map.of("caseId", UUID.randomUUID().toString(), "category", "INQUIRY", "reason",
                "An inquiry")).post("/api/v1/legal-holds").then().statusCode(404);
        tokens.as("lead1").body(Map.of("reason", "Done")).post("/api/v1/legal-holds/" + UUID.randomUUID()
                + "/release").then().statusCode(404);
        tokens.as("lead1").body(Map.of("reason", "Done")).post("/api/v1/legal-holds/not-a-hold/release").then()
                .statusCode(404);
    }

    @Test
    void onlyALeadMaySetListOrReleaseHolds() {
        String id = casework.newCase(Map.of());
        Map<String, String> hold = Map.of("caseId", id, "category", "INQUIRY", "reason", "An inquiry");
        for (String user : new String[] { "caseworker1", "board1", "survivor1" }) {
            tokens.as(user).get("/api/v1/legal-holds").then().statusCode(403);
            tokens.as(user).body(hold).post("/api/v1/legal-holds").then().statusCode(403);
            tokens.as(user).body(Map.of("reason", "x")).post("/api/v1/legal-holds/" + UUID.randomUUID() + "/release")
                    .then().statusCode(403);
            tokens.as(user).get("/api/v1/disposals").then().statusCode(403);
        }
        given().redirects().follow(false).get("/api/v1/legal-holds").then().statusCode(401);
        assertEquals(0, Rows.count(dataSource, "select count(*) from legal_hold where case_id = ?", UUID.fromString(id)));
    }

    /** The pages answer as the API does; only a lead's queue offers the link to them. */
    @Test
    void onlyALeadOpensTheRecordsPagesAndOnlyALeadsQueueLinksToThem() {
        PageSession caseworker = PageSession.signIn("caseworker1");
        caseworker.get("/casework").then().statusCode(200).body(not(containsString("/records/holds")));
        for (String page : new String[] { "/records/holds", "/records/disposals",
                "/records/holds/" + UUID.randomUUID() + "/release", "/records/disposals/" + UUID.randomUUID()
                        + "/removal" }) {
            caseworker.get(page).then().statusCode(403);
        }
        PageSession.signIn("board1").get("/records/holds").then().statusCode(403);
        PageSession.signIn("survivor1").get("/records/disposals").then().statusCode(403);
        PageSession lead = PageSession.signIn("lead1");
        lead.get("/casework").then().statusCode(200).body(containsString("href=\"/records/holds\""));
        lead.get("/records/holds").then().statusCode(200);
        lead.get("/records/holds/" + UUID.randomUUID() + "/release").then().statusCode(404);
        lead.get("/records/disposals/not-an-item/removal").then().statusCode(404);
    }
}
