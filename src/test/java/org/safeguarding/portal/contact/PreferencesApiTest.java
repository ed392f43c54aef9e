package org.safeguarding.portal.contact;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
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
 * A survivor changes their contact-safety plan and consents at any time; every change is kept with its time (history,
 * never overwrite), is audited, and the caseworker sees it, withdrawals included.
 */
@QuarkusTest
class PreferencesApiTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    private String caseWithPoliceConsent() {
        return tokens.as("survivor1").body(Map.of("account", "Preferences case",
                "contactPlan", Map.of("channels", List.of("PHONE"), "voicemail", false, "safeTimes", "Safe times canary"),
                "consents", Map.of("police", "GRANTED", "statistics", "GRANTED")))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void withdrawingConsentIsRecordedWithItsTimeAndTheCaseworkerSeesIt() {
        String id = caseWithPoliceConsent();
        tokens.as("survivor1").body(Map.of("police", "NOT_NOW")).put("/api/v1/me/cases/" + id + "/consents").then()
                .statusCode(200)
                .body("consents.POLICE.decision", equalTo("NOT_NOW"))
                .body("consents.STATISTICS.decision", equalTo("GRANTED"))
                .body("consentHistory[0].purpose", equalTo("POLICE"))
                .body("consentHistory[0].previous", equalTo("GRANTED"))
                .body("consentHistory[0].withdrawal", equalTo(true))
                .body("consentHistory[0].at", notNullValue());

        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("preferences.consents.POLICE.decision", equalTo("NOT_NOW"))
                .body("preferences.consentHistory", hasSize(3))
                .body("preferences.consentHistory[0].withdrawal", equalTo(true));
        PageSession.signIn("caseworker1").get("/casework/cases/" + id).then().statusCode(200)
                .body(containsString("id=\"consent-history\"")).body(containsString("Withdrawn"));
        assertEquals(1, Rows.audited(dataSource, id, "CHANGE_CONSENTS"), "the change is audited");
    }

    @Test
    void anUnchangedAnswerAddsNothingToTheHistory() {
        String id = caseWithPoliceConsent();
        tokens.as("survivor1").body(Map.of("police", "GRANTED")).put("/api/v1/me/cases/" + id + "/consents").then()
                .statusCode(200).body("consentHistory", hasSize(2));
    }

    @Test
    void aNewContactPlanIsAVersionAndTheOldOneIsKept() throws Exception {
        String id = caseWithPoliceConsent();
        tokens.as("survivor1").body(Map.of("channels", List.of("PORTAL"), "codeWord", "Code word canary"))
                .put("/api/v1/me/cases/" + id + "/contact-plan").then().statusCode(200)
                .body("contactPlan.channels", equalTo(List.of("PORTAL")))
                .body("contactPlan.codeWord", equalTo("Code word canary"))
                .body("contactPlanHistory", hasSize(2))
                .body("contactPlanHistory[1].channels", equalTo(List.of("PHONE")))
                .body("contactPlanHistory[1].safeTimes", equalTo("Safe times canary"));

        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select v::text, v.safe_times_ciphertext, v.code_word_ciphertext from contact_plan_version v where case_id = ?")) {
            q.setObject(1, UUID.fromString(id));
            ResultSet rows = q.executeQuery();
            int versions = 0;
            while (rows.next()) {
                versions++;
                assertFalse(rows.getString(1).contains("canary"), "no plaintext in any column");
                for (int column = 2; column <= 3; column++) {
                    byte[] sealed = rows.getBytes(column);
                    if (sealed != null) {
                        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("canary"));
                    }
                }
            }
            assertEquals(2, versions);
        }
        assertEquals(1, Rows.audited(dataSource, id, "CHANGE_CONTACT_PLAN"));
    }

    @Test
    void aPlanWithNoSafeWayIsRefusedAndNothingIsAdded() {
        String id = caseWithPoliceConsent();
        tokens.as("survivor1").body(Map.of("channels", List.of())).put("/api/v1/me/cases/" + id + "/contact-plan").then()
                .statusCode(422).body("errors[0].field", equalTo("contactPlan.channels"));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body("preferences.contactPlanHistory", hasSize(1));
    }

    @Test
    void onlyTheOwnerMayChangeThemAndAnyoneElseGets404Or403() {
        String id = caseWithPoliceConsent();
        tokens.as("survivor2").body(Map.of("police", "NOT_NOW")).put("/api/v1/me/cases/" + id + "/consents").then()
                .statusCode(404);
        tokens.as("survivor2").body(Map.of("channels", List.of("PORTAL"))).put("/api/v1/me/cases/" + id + "/contact-plan")
                .then().statusCode(404);
        tokens.as("caseworker1").body(Map.of("police", "NOT_NOW")).put("/api/v1/me/cases/" + id + "/consents").then()
                .statusCode(403);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body("preferences.consents.POLICE.decision",
                equalTo("GRANTED"));
    }

    /**
     * Whose case it is is decided before what the plan says: a plan the owner would be told is wrong (422) is, on
     * another survivor's case, a case that is not there (404), on the API and on the page.
     */
    @Test
    void anotherSurvivorsCaseIs404EvenForAPlanThatWouldBeRefused() {
        String id = caseWithPoliceConsent();
        tokens.as("survivor2").body(Map.of("channels", List.of())).put("/api/v1/me/cases/" + id + "/contact-plan")
                .then().statusCode(404);
        PageSession other = PageSession.signIn("survivor2");
        other.request().formParam("csrf", other.csrfTokenFrom("/my/tell-us/1")).formParam("voicemail", "yes")
                .post("/my/cases/" + id + "/contact-plan").then().statusCode(404);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().body("preferences.contactPlanHistory", hasSize(1));
    }
}
