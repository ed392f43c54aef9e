package org.safeguarding.portal.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

/**
 * Following a case: secure messages both ways, information added later without retelling, a break when the
 * survivor needs one, and the timeline of it all. Every text is encrypted and every action audited.
 */
@QuarkusTest
class CaseFollowUpTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    private String newCase() {
        return tokens.as("survivor1").body(Map.of("account", "Follow-up case", "contactPlan", Map.of("channels", List.of("PORTAL"))))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void messagesGoBothWaysAndAreEncryptedAtRest() throws Exception {
        String id = newCase();
        String text = "Message canary " + UUID.randomUUID();
        tokens.as("survivor1").body(Map.of("text", text)).post("/api/v1/me/cases/" + id + "/messages").then().statusCode(201)
                .body("fromSurvivor", equalTo(true)).body("text", equalTo(text));
        tokens.as("caseworker1").get("/api/v1/cases/" + id + "/messages").then().statusCode(200)
                .body("[0].text", equalTo(text));
        tokens.as("caseworker1").body(Map.of("text", "Thank you for telling us")).post("/api/v1/cases/" + id + "/messages")
                .then().statusCode(201).body("fromSurvivor", equalTo(false));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/messages").then().statusCode(200).body("$", hasSize(2))
                .body("[1].text", equalTo("Thank you for telling us"));

        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select m::text, m.body_ciphertext from case_message m where case_id = ?")) {
            q.setObject(1, UUID.fromString(id));
            ResultSet rows = q.executeQuery();
            while (rows.next()) {
                assertFalse(rows.getString(1).contains("canary"));
                assertFalse(new String(rows.getBytes(2), StandardCharsets.ISO_8859_1).contains("canary"));
            }
        }
        assertEquals(2, Rows.audited(dataSource, id, "POST_MESSAGE"));
    }

    @Test
    void onlyTheOwnerAndCaseworkersReachTheMessages() {
        String id = newCase();
        tokens.as("survivor2").body(Map.of("text", "Not mine")).post("/api/v1/me/cases/" + id + "/messages").then()
                .statusCode(404);
        tokens.as("survivor2").get("/api/v1/me/cases/" + id + "/messages").then().statusCode(404);
        tokens.as("board1").get("/api/v1/cases/" + id + "/messages").then().statusCode(403);
        tokens.as("board1").body(Map.of("text", "x")).post("/api/v1/cases/" + id + "/messages").then().statusCode(403);
    }

    @Test
    void anEmptyMessageIsRefusedAndNothingStored() throws Exception {
        String id = newCase();
        tokens.as("survivor1").body(Map.of("text", "  ")).post("/api/v1/me/cases/" + id + "/messages").then()
                .statusCode(422).body("errors[0].field", equalTo("text"));
        assertEquals(0, Rows.audited(dataSource, id, "POST_MESSAGE"));
    }

    @Test
    void informationAddedLaterReachesTheCaseworkerBesideTheAccount() {
        String id = newCase();
        tokens.as("survivor1").body(Map.of("text", "I remembered the street name")).post("/api/v1/me/cases/" + id + "/additions")
                .then().statusCode(201).body("kind", equalTo("ADDITION"));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("account", equalTo("Follow-up case"))
                .body("messages[0].kind", equalTo("ADDITION"))
                .body("messages[0].text", equalTo("I remembered the street name"));
    }

    @Test
    void pausingAndResumingAreOnTheTimelineAndAudited() throws Exception {
        String id = newCase();
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/pause").then().statusCode(200)
                .body("status", equalTo("PAUSED_BY_SURVIVOR"));
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/pause").then().statusCode(200);
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("status", equalTo("PAUSED_BY_SURVIVOR"));
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/resume").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body("timeline", hasSize(3))
                .body("timeline[1].status", equalTo("PAUSED_BY_SURVIVOR"))
                .body("timeline[2].status", equalTo("SUBMITTED"))
                .body("assignedWorker", org.hamcrest.Matchers.nullValue());
        assertEquals(1, Rows.audited(dataSource, id, "PAUSE_CASE"), "pausing a paused case changes nothing");
        assertEquals(1, Rows.audited(dataSource, id, "RESUME_CASE"));
        tokens.as("survivor2").post("/api/v1/me/cases/" + id + "/pause").then().statusCode(404);
    }

    @Test
    void theCasePageLetsTheSurvivorDoAllOfItWithoutJavaScript() {
        String id = newCase();
        PageSession survivor = PageSession.signIn("survivor1");
        String csrf = survivor.csrfTokenFrom("/my/cases/" + id);
        survivor.request().formParam("csrf", csrf).formParam("text", "Sent from the page")
                .post("/my/cases/" + id + "/messages").then().statusCode(303);
        survivor.request().formParam("csrf", csrf).formParam("channels", "SMS").formParam("safeTimes", "mornings")
                .post("/my/cases/" + id + "/contact-plan").then().statusCode(303);
        survivor.request().formParam("csrf", csrf).formParam("channels", "SMS").formParam("noContact", "true")
                .post("/my/cases/" + id + "/contact-plan").then().statusCode(422)
                .body(containsString("not both"));
        survivor.request().formParam("csrf", csrf).formParam("consent.POLICE", "GRANTED")
                .post("/my/cases/" + id + "/consents").then().statusCode(303);
        survivor.request().formParam("csrf", csrf).formParam("consent.POLICE", "NOT_NOW")
                .post("/my/cases/" + id + "/consents").then().statusCode(303);
        survivor.request().formParam("csrf", csrf).post("/my/cases/" + id + "/pause").then().statusCode(303);

        survivor.get("/my/cases/" + id).then().statusCode(200)
                .body(containsString("Sent from the page")).body(containsString("Text message"))
                .body(containsString("mornings")).body(containsString("id=\"resume\""))
                .body(containsString("Paused"));
        survivor.get("/my/cases/" + id + "/contact-plan").then().statusCode(200)
                .body(containsString("value=\"SMS\" checked"));
        PageSession.signIn("caseworker1").get("/casework/cases/" + id).then().statusCode(200)
                .body(containsString("Sent from the page")).body(containsString("Withdrawn"))
                .body(containsString("Paused by the survivor"))
                .body(org.hamcrest.Matchers.not(containsString("PAUSED_BY_SURVIVOR<")));
    }

}
