package org.safeguarding.portal.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/** A caseworker claims a case or gives it to a colleague; the survivor is told their worker's name. */
@QuarkusTest
class AssignmentTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;

    @BeforeEach
    void caseworkersHaveUsedTheQueue() {
        tokens = new Tokens(keycloakUrl);
        tokens.as("caseworker1").get("/api/v1/cases").then().statusCode(200);
        tokens.as("caseworker2").get("/api/v1/cases").then().statusCode(200);
    }

    private String newCase() {
        return tokens.as("survivor1").body(Map.of("account", "Assignment case", "contactPlan", Map.of("channels",
                List.of("PORTAL")))).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void claimingMakesTheCaseworkerTheSurvivorsNamedWorker() {
        String id = newCase();
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body("assignedWorker", org.hamcrest.Matchers.nullValue());
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200)
                .body("assignee", equalTo("Amira"));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body("assignedWorker", equalTo("Amira"));
        PageSession.signIn("survivor1").get("/my/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"worker\">Amira<"));
        assertEquals(1, Rows.audited(dataSource, id, "ASSIGN_CASE"));
    }

    @Test
    void aCaseCanBeGivenToAKnownColleagueOnly() {
        String id = newCase();
        String colleague = tokens.as("caseworker2").get("/api/v1/me").then().extract().path("subject");
        tokens.as("caseworker1").body(Map.of("assignee", colleague)).post("/api/v1/cases/" + id + "/assignment").then()
                .statusCode(200).body("assignee", equalTo("Tom"));
        tokens.as("caseworker1").body(Map.of("assignee", "no-such-person")).post("/api/v1/cases/" + id + "/assignment")
                .then().statusCode(422).body("errors[0].field", equalTo("assignee"));
        // Nobody's subject holds a NUL (which PostgreSQL refuses in text): the same unknown colleague, not a 500.
        tokens.as("caseworker1").body("{\"assignee\":\"colleague\\u0000\"}").post("/api/v1/cases/" + id + "/assignment")
                .then().statusCode(422).body("errors[0].field", equalTo("assignee"));
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200).body("assignedWorker", equalTo("Tom"));
        // Now Tom's case: anyone else needs a declared reason to open it (BreakGlassTest).
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(403);
    }

    @Test
    void onlyCaseworkersAssignAndOnlyRealCases() {
        String id = newCase();
        tokens.as("survivor1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(403);
        tokens.as("board1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(403);
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + java.util.UUID.randomUUID() + "/assignment").then()
                .statusCode(404);
    }

    @Test
    void claimingFromItsPage() {
        String id = newCase();
        PageSession caseworker = PageSession.signIn("caseworker2");
        String csrf = caseworker.csrfTokenFrom("/casework/cases/" + id + "/claim");
        caseworker.request().formParam("csrf", csrf).post("/casework/cases/" + id + "/claim").then().statusCode(303);
        caseworker.get("/casework/cases/" + id).then().body(containsString("id=\"assignee\">Tom<"));
    }
}
