package org.safeguarding.portal.contact;

import org.safeguarding.portal.testing.Casework;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/** Messages obey the survivor's contact-safety plan and the case's status; an override needs, and keeps, a reason. */
@QuarkusTest
class ContactPlanEnforcementTest {

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

    private Response send(String id, String channel, String overrideReason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("text", "Checking in, as agreed", "channel", channel));
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return tokens.as("caseworker1").body(body).post("/api/v1/cases/" + id + "/messages");
    }

    private long messages(String id) {
        return Rows.count(dataSource, "select count(*) from case_message where case_id = ?", UUID.fromString(id));
    }

    @Test
    void aChannelThePlanDoesNotAllowIsRefusedUnlessAReasonIsRecorded() {
        String id = casework.newCase(Map.of());  // the plan allows the portal only
        send(id, "PORTAL", null).then().statusCode(201).body("channel", equalTo("PORTAL"));
        send(id, "SMS", null).then().statusCode(409).body("detail", containsString("contact-safety plan"));
        send(id, "PHONE", null).then().statusCode(409);
        assertEquals(1, messages(id));

        String reason = "Police asked us to warn her today; the portal has not been read for a week";
        send(id, "PHONE", reason).then().statusCode(201).body("channel", equalTo("PHONE"))
                .body("overrideReason", equalTo(reason));
        Rows.texts(dataSource, "select override_reason_ciphertext from case_message where case_id = ? "
                + "and override_reason_ciphertext is not null", UUID.fromString(id))
                .forEach(stored -> assertFalse(stored.contains("warn her")));
        assertEquals(List.of("contact plan overridden: PHONE"), Rows.texts(dataSource, "select purpose from "
                + "audit_event where record_id = ? and action = 'POST_MESSAGE' and purpose is not null",
                UUID.fromString(id)));
        // The survivor sees the message, not the hub's internal reason.
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body("messages[-1].channel", equalTo("PHONE"))
                .body("messages[-1].overrideReason", nullValue());
    }

    @Test
    void aChannelThePlanAllowsGoesAhead() {
        String id = casework.newCase(Map.of());
        tokens.as("survivor1").body(Map.of("channels", List.of("PORTAL", "SMS"), "safeTimes", "weekday mornings"))
                .put("/api/v1/me/cases/" + id + "/contact-plan").then().statusCode(200);
        send(id, "SMS", null).then().statusCode(201);
        send(id, "EMAIL", null).then().statusCode(409);
    }

    @Test
    void aTimeThePlanDoesNotMarkSafeIsRefusedUnlessAReasonIsRecorded() {
        String id = casework.newCase(Map.of());
        // Only windows that do not contain this moment: whatever the time the test runs, now is not safe.
        List<String> unsafeNow = java.util.Arrays.stream(SafeWindow.values())
                .filter(window -> !window.contains(java.time.Instant.now().plusSeconds(60))
                        && !window.contains(java.time.Instant.now().minusSeconds(60)))
                .map(Enum::name).toList();
        tokens.as("survivor1").body(Map.of("channels", List.of("PORTAL", "SMS"), "safeWindows", unsafeNow))
                .put("/api/v1/me/cases/" + id + "/contact-plan").then().statusCode(200)
                .body("contactPlan.safeWindows", org.hamcrest.Matchers.equalTo(unsafeNow));
        send(id, "SMS", null).then().statusCode(409).body("detail", containsString("at this time"));
        send(id, "PORTAL", null).then().statusCode(201);
        send(id, "SMS", "Court date moved to tomorrow morning; she asked to be told at once").then().statusCode(201);
        String page = org.safeguarding.portal.testing.PageSession.signIn("survivor1")
                .get("/my/cases/" + id + "/contact-plan").then().statusCode(200).extract().asString();
        for (String window : unsafeNow) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains("id=\"safeWindows-" + window + "\" name=\"safeWindows\" "
                    + "type=\"checkbox\" value=\"" + window + "\" checked"), "the page shows " + window + " as chosen");
        }
    }

    @Test
    void dontContactMeMeansOnlyThePortal() {
        String id = casework.newCase(Map.of());
        tokens.as("survivor1").body(Map.of("noContact", true)).put("/api/v1/me/cases/" + id + "/contact-plan").then()
                .statusCode(200);
        send(id, "PORTAL", null).then().statusCode(201);
        send(id, "LETTER", null).then().statusCode(409).body("detail", containsString("not to be contacted"));
    }

    @Test
    void aPausedCaseGetsNoMessagesAndADoNotContactCaseOnlyThePortal() {
        String id = casework.newCase(Map.of());
        tokens.as("survivor1").body(Map.of("channels", List.of("PORTAL", "PHONE"))).put("/api/v1/me/cases/" + id
                + "/contact-plan").then().statusCode(200);
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/pause").then().statusCode(200);
        send(id, "PORTAL", null).then().statusCode(409).body("detail", containsString("break"));
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/resume").then().statusCode(200);

        casework.move("caseworker1", id, "DO_NOT_CONTACT", "Abuser has her phone", null).then().statusCode(200);
        send(id, "PHONE", null).then().statusCode(409).body("detail", containsString("do not contact"));
        send(id, "PORTAL", null).then().statusCode(201);
    }

    @Test
    void anUnknownChannelIsABadRequest() {
        String id = casework.newCase(Map.of());
        send(id, "CARRIER_PIGEON", null).then().statusCode(400);
        assertEquals(0, messages(id));
    }
}
