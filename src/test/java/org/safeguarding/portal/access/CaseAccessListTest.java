package org.safeguarding.portal.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * The survivor's list of who read and changed their case ({@code GET /api/v1/me/cases/{id}/access}): every line of
 * the case's audit log in the survivor's terms (their own worker named, anyone else a role, an emergency opening with
 * its reason category, their own actions as theirs), for the owner only.
 */
@QuarkusTest
class CaseAccessListTest {

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

    private JsonPath accessList(String user, String id) {
        return tokens.as(user).get("/api/v1/me/cases/" + id + "/access").then().statusCode(200).extract().jsonPath();
    }

    /** The entries of one action, oldest first. */
    private static List<Map<String, Object>> entries(JsonPath list, String action) {
        List<Map<String, Object>> found = new java.util.ArrayList<>(list.getList("findAll { it.action == '" + action
                + "' }"));
        java.util.Collections.reverse(found);
        return found;
    }

    private List<String> caseworkerSubjects(String id) {
        return Rows.texts(dataSource, "select distinct actor_subject from audit_event where record_id = ? and "
                + "actor_role = 'caseworker'", UUID.fromString(id));
    }

    @Test
    void theOwnWorkerIsNamedAnyOtherCaseworkerIsARoleAndTheSurvivorIsYou() {
        String id = casework.newCase(Map.of());
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200);
        casework.claim("caseworker1", id);
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(200);

        Response answer = tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/access");
        answer.then().statusCode(200);
        JsonPath list = answer.jsonPath();
        assertEquals(List.of("VIEW_OWN_CASE", "VIEW_CASE", "ASSIGN_CASE", "VIEW_CASE", "SUBMIT_REFERRAL"),
                list.getList("action").subList(list.getList("action").size() - 5, list.getList("action").size()),
                "every read and change, newest first (the list's own read may come first)");

        Map<String, Object> triage = entries(list, "VIEW_CASE").get(0);
        assertEquals("HUB_CASEWORKER", triage.get("who"));
        assertEquals("A caseworker in the hub", triage.get("role"));
        assertNull(triage.get("worker"), "another caseworker is never named");
        assertEquals("TRIAGE", triage.get("why"));
        assertEquals("Triage: deciding who should support you and how soon", triage.get("purpose"));
        assertEquals("Read your case", triage.get("what"));

        Map<String, Object> claimed = entries(list, "ASSIGN_CASE").get(0);
        assertEquals("YOUR_WORKER", claimed.get("who"));
        assertEquals("ASSIGNMENT", claimed.get("why"));

        Map<String, Object> ownWorker = entries(list, "VIEW_CASE").get(1);
        assertEquals("YOUR_WORKER", ownWorker.get("who"));
        assertEquals("Your worker, Amira", ownWorker.get("role"));
        assertEquals("Amira", ownWorker.get("worker"));
        assertEquals("ASSIGNED_WORKER", ownWorker.get("why"));

        for (String action : List.of("SUBMIT_REFERRAL", "VIEW_OWN_CASE")) {
            Map<String, Object> own = entries(list, action).get(0);
            assertEquals("YOU", own.get("who"), action);
            assertEquals("You", own.get("role"), action);
            assertEquals("OWN_ACTION", own.get("why"), action);
            assertEquals("Your own action", own.get("purpose"), action);
        }
        String body = answer.asString();
        assertFalse(body.contains("Tom"), "the other caseworker's name is never shown: " + body);
        caseworkerSubjects(id).forEach(subject -> assertFalse(body.contains(subject), "no staff subject"));
        assertFalse(body.contains("\"triage\""), "the log's own purpose text is not passed on");
    }

    @Test
    void anEmergencyOpeningShowsItsReasonCategoryOnTheOpeningTheReadAndTheChangesNeverTheExplanation() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        tokens.as("caseworker2").body(Map.of("reason", "URGENT_SAFEGUARDING_CONCERN", "explanation",
                "Police called about a sighting of the exploiter")).post("/api/v1/cases/" + id + "/break-glass")
                .then().statusCode(201);
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200);
        tokens.as("caseworker2").body(Map.of("text", "Spoke to the police duty officer")).post("/api/v1/cases/" + id
                + "/notes").then().statusCode(201);
        String opening = tokens.as("caseworker1").get("/api/v1/break-glass").then().statusCode(200).extract()
                .path("find { it.caseId == '" + id + "' }.id");
        tokens.as("caseworker1").post("/api/v1/break-glass/" + opening + "/review").then().statusCode(204);

        Response answer = tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/access");
        JsonPath list = answer.then().statusCode(200).extract().jsonPath();
        for (String action : List.of("BREAK_GLASS", "VIEW_CASE", "ADD_NOTE")) {
            Map<String, Object> emergency = entries(list, action).get(0);
            assertEquals("EMERGENCY_CASEWORKER", emergency.get("who"), action);
            assertEquals("A caseworker who opened it in an emergency", emergency.get("role"), action);
            assertNull(emergency.get("worker"), action);
            assertEquals("BREAK_GLASS", emergency.get("why"), action);
            assertEquals("URGENT_SAFEGUARDING_CONCERN", emergency.get("emergencyReason"), action);
            assertEquals("Opened in an emergency: new information suggested someone might be in danger",
                    emergency.get("purpose"), action);
        }
        Map<String, Object> review = entries(list, "REVIEW_BREAK_GLASS").get(0);
        assertEquals("YOUR_WORKER", review.get("who"));
        assertEquals("EMERGENCY_REVIEW", review.get("why"));
        String body = answer.asString();
        assertFalse(body.contains("sighting") || body.contains("duty officer") || body.contains("Tom"), body);
    }

    @Test
    void changesTakeThePurposeOfTheirAuthorsReadAndAClosureReviewIsNamedAsOne() {
        String id = casework.assignedCase(Map.of(), Map.of());
        for (String next : List.of("NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            casework.move("caseworker1", id, next, null, null).then().statusCode(200);
        }
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, "Support is complete", "SUPPORT_COMPLETED").then()
                .statusCode(200);
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200);
        casework.move("caseworker2", id, "ACTIVE", "The survivor asked for more support first", null).then()
                .statusCode(200);

        JsonPath list = accessList("survivor1", id);
        List<Map<String, Object>> moves = entries(list, "CHANGE_STATUS");
        // The worker's moves and screening after claiming the case: as the assigned worker, named.
        for (Map<String, Object> move : moves.subList(0, moves.size() - 1)) {
            assertEquals("YOUR_WORKER", move.get("who"));
            assertEquals("ASSIGNED_WORKER", move.get("why"));
        }
        assertEquals("ASSIGNED_WORKER", entries(list, "SCREEN_CASE").get(0).get("why"));
        Map<String, Object> declined = moves.get(moves.size() - 1);
        assertEquals("HUB_CASEWORKER", declined.get("who"));
        assertEquals("CLOSURE_REVIEW", declined.get("why"));
        assertEquals("Checking a proposal to close your case", declined.get("purpose"));
        Map<String, Object> reviewRead = entries(list, "VIEW_CASE").get(0);
        assertEquals("CLOSURE_REVIEW", reviewRead.get("why"));
        assertEquals("A caseworker in the hub", reviewRead.get("role"));
    }

    @Test
    void readingTheListIsAuditedAndListed() {
        String id = casework.newCase(Map.of());
        assertEquals(0, Rows.audited(dataSource, id, "VIEW_ACCESS_LIST"));
        accessList("survivor1", id);
        assertEquals(1, Rows.audited(dataSource, id, "VIEW_ACCESS_LIST"));
        Map<String, Object> earlier = entries(accessList("survivor1", id), "VIEW_ACCESS_LIST").get(0);
        assertEquals("Looked at this list", earlier.get("what"));
        assertEquals("YOU", earlier.get("who"));
    }

    @Test
    void anotherSurvivorsCaseIsNotFoundExactlyAsOneThatDoesNotExistAndStaffAreRefused() {
        String id = casework.newCase(Map.of());
        Response foreign = tokens.as("survivor2").get("/api/v1/me/cases/" + id + "/access");
        Response missing = tokens.as("survivor2").get("/api/v1/me/cases/" + UUID.randomUUID() + "/access");
        foreign.then().statusCode(404);
        missing.then().statusCode(404);
        assertEquals(foreign.jsonPath().getString("title"), missing.jsonPath().getString("title"));
        assertEquals(foreign.jsonPath().getString("detail"), missing.jsonPath().getString("detail"));
        tokens.as("survivor2").get("/api/v1/me/cases/not-a-case/access").then().statusCode(404);
        assertEquals(0, Rows.audited(dataSource, id, "VIEW_ACCESS_LIST"), "a refused read audits nothing of the case");

        String entry = accessList("survivor1", id).getString("[0].id");
        tokens.as("survivor2").body(Map.of()).post("/api/v1/me/cases/" + id + "/access/" + entry + "/complaints")
                .then().statusCode(404);
        tokens.as("caseworker1").get("/api/v1/me/cases/" + id + "/access").then().statusCode(403);
        tokens.as("board1").get("/api/v1/me/cases/" + id + "/access").then().statusCode(403);
        tokens.as("caseworker1").body(Map.of()).post("/api/v1/me/cases/" + id + "/access/" + entry + "/complaints")
                .then().statusCode(403);
        assertEquals(0, Rows.audited(dataSource, id, "COMPLAIN"));
    }

    @Test
    void aReceiptCodeSessionSeesItsOwnCasesListAndNoOtherCase() {
        String address = "10.11." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        Response first = anonymousCase(address);
        Response second = anonymousCase(address);
        String token = given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("receiptCode", first.path("receiptCode"))).post("/api/v1/anonymous/sessions").then()
                .statusCode(201).extract().path("token");
        String own = first.path("id");

        JsonPath list = inSession(token).get("/api/v1/me/cases/" + own + "/access").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("RECEIPT_CODE", entries(list, "OPEN_RECEIPT_SESSION").get(0).get("who"));
        assertEquals("You, or someone with your receipt code", entries(list, "SUBMIT_REFERRAL").get(0).get("role"));
        inSession(token).get("/api/v1/me/cases/" + second.path("id") + "/access").then().statusCode(404);
        inSession(token).get("/api/v1/me/cases/" + casework.newCase(Map.of()) + "/access").then().statusCode(404);
    }

    private static Response anonymousCase(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("contactPlan", Map.of("channels", List.of("PORTAL")), "account", "An anonymous account"))
                .post("/api/v1/anonymous/referrals").then().statusCode(201).extract().response();
    }

    private static RequestSpecification inSession(String token) {
        return given().header("Authorization", "Receipt " + token);
    }

    @Test
    void anEntryBecomesAComplaintWithItsCharterClockThatTheHubSees() {
        String id = casework.newCase(Map.of());
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200);
        Map<String, Object> read = entries(accessList("survivor1", id), "VIEW_CASE").get(0);

        tokens.as("survivor1").body(Map.of()).post("/api/v1/me/cases/" + id + "/access/0-0/complaints").then()
                .statusCode(404);
        JsonPath made = tokens.as("survivor1").body(Map.of()).post("/api/v1/me/cases/" + id + "/access/"
                + read.get("id") + "/complaints").then().statusCode(201).body("kind", equalTo("COMPLAINT"))
                .body("text", nullValue()).extract().jsonPath();
        assertEquals(read.get("at"), made.getString("aboutAccess.at"));
        assertEquals("VIEW_CASE", made.getString("aboutAccess.action"));
        assertEquals("HUB_CASEWORKER", made.getString("aboutAccess.who"));
        assertEquals("TRIAGE", made.getString("aboutAccess.why"));
        String complaint = made.getString("id");

        // The charter's complaint promise (C10) runs for this complaint, as for any other.
        assertEquals(1, Rows.count(dataSource, "select count(*) from commitment_instance where about_id = ? and "
                + "commitment_id = 'C10' and status = 'PENDING' and due_at is not null", UUID.fromString(complaint)));
        assertEquals(1, Rows.audited(dataSource, id, "COMPLAIN"));

        // With words: kept encrypted, as a complaint's are.
        tokens.as("survivor1").body(Map.of("text", "I never agreed to anyone but my worker reading it")).post(
                "/api/v1/me/cases/" + id + "/access/" + read.get("id") + "/complaints").then().statusCode(201);
        Rows.texts(dataSource, "select text_ciphertext from survivor_request where case_id = ? and text_ciphertext "
                + "is not null", UUID.fromString(id)).forEach(stored -> assertFalse(stored.contains("agreed")));

        // The hub sees both in the case's requests, naming the line, and answers them as any complaint.
        JsonPath record = tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of("TRIAGE", "TRIAGE"), record.getList("requests.aboutAccess.why"));
        assertTrue(record.getString("requests[1].text").contains("anyone but my worker"));
        tokens.as("caseworker1").post("/api/v1/cases/" + id + "/requests/" + complaint + "/answer").then()
                .statusCode(200);
        assertEquals(1, Rows.count(dataSource, "select count(*) from commitment_instance where about_id = ? and "
                + "status = 'MET'", UUID.fromString(complaint)));

        tokens.as("survivor1").body(Map.of("text", "x".repeat(10_001))).post("/api/v1/me/cases/" + id + "/access/"
                + read.get("id") + "/complaints").then().statusCode(422);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body("requests.aboutAccess.role",
                everyItem(equalTo("A caseworker in the hub"))).body("requests.aboutAccess.role", not(hasItem("Tom")));
    }
}
