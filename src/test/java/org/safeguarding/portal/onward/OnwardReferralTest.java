package org.safeguarding.portal.onward;

import org.safeguarding.portal.testing.Casework;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** Onward referrals are gated by the matching consent, or a recorded child-at-risk override the survivor is told of. */
@QuarkusTest
class OnwardReferralTest {

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

    private Response propose(String id, String partner, String overrideReason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("partner", partner));
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return tokens.as("caseworker1").body(body).post("/api/v1/cases/" + id + "/onward-referrals");
    }

    private Response moveTo(String id, String referral, String status) {
        return tokens.as("caseworker1").body(Map.of("status", status))
                .post("/api/v1/cases/" + id + "/onward-referrals/" + referral + "/status");
    }

    @Test
    void withoutConsentThereIsNoReferralUnlessAChildIsAtRisk() {
        String id = casework.newCase(Map.of("police", "NOT_NOW", "isva", "PREFER_NOT_TO_SAY"));
        propose(id, "POLICE", null).then().statusCode(409).body("detail", containsString("not agreed"));
        propose(id, "ISVA", "I think it would help").then().statusCode(409);
        propose(id, "HEALTH", null).then().statusCode(409);
        assertEquals(0, Rows.count(dataSource, "select count(*) from onward_referral where case_id = ?",
                UUID.fromString(id)));
    }

    @Test
    void withConsentAReferralRunsItsCourse() {
        String id = casework.newCase(Map.of("isva", "GRANTED"));
        String referral = propose(id, "ISVA", null).then().statusCode(201).body("status", equalTo("PROPOSED"))
                .body("basis", equalTo("CONSENT")).extract().path("id");
        moveTo(id, referral, "ACCEPTED").then().statusCode(409);
        moveTo(id, referral, "SENT").then().statusCode(200).body("status", equalTo("SENT"));
        moveTo(id, referral, "ACCEPTED").then().statusCode(200);
        moveTo(id, referral, "DONE").then().statusCode(200);
        moveTo(id, referral, "WITHDRAWN").then().statusCode(409);
        moveTo(id, referral, "PAUSED").then().statusCode(400);
        moveTo(UUID.randomUUID().toString(), referral, "DONE").then().statusCode(404);
        assertEquals(4, Rows.count(dataSource, "select count(*) from onward_referral_change where referral_id = ?",
                UUID.fromString(referral)));
        assertEquals(1, Rows.audited(dataSource, id, "PROPOSE_ONWARD_REFERRAL"));
        assertEquals(3, Rows.audited(dataSource, id, "CHANGE_ONWARD_REFERRAL"), "refused moves audit nothing");
    }

    @Test
    void aChildAtRiskOverrideNeedsAReasonIsEncryptedAndTheSurvivorIsTold() {
        String id = casework.newCase(Map.of("police", "NOT_NOW", "partners", "GRANTED"));
        casework.screen("caseworker1", id, Map.of("subjectType", "CHILD_AT_RISK", "risk", "HIGH")).then()
                .statusCode(201);
        propose(id, "POLICE", null).then().statusCode(422).body("detail", containsString("reason"));
        String reason = "Exploiter has contact with the survivor's younger cousin";
        propose(id, "POLICE", reason).then().statusCode(201).body("basis", equalTo("CHILD_RISK_OVERRIDE"))
                .body("overrideReason", equalTo(reason));
        Rows.texts(dataSource, "select override_reason_ciphertext from onward_referral where case_id = ? "
                + "and partner = 'POLICE'", UUID.fromString(id)).forEach(stored -> assertFalse(stored.contains("cousin")));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then()
                .body("messages[-1].text", containsString("without your agreement"))
                .body("messages[-1].text", containsString("the police"));
    }

    @Test
    void withdrawingConsentWithdrawsTheOpenReferralsThatRestedOnIt() {
        String id = casework.newCase(Map.of("isva", "GRANTED", "health", "GRANTED"));
        String isva = propose(id, "ISVA", null).then().statusCode(201).extract().path("id");
        moveTo(id, isva, "SENT").then().statusCode(200);
        String health = propose(id, "HEALTH", null).then().statusCode(201).extract().path("id");

        tokens.as("survivor1").body(Map.of("isva", "NOT_NOW")).put("/api/v1/me/cases/" + id + "/consents").then()
                .statusCode(200);

        var record = tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).extract();
        assertEquals("WITHDRAWN", record.path("onwardReferrals.find { it.id == '" + isva + "' }.status"));
        assertEquals("PROPOSED", record.path("onwardReferrals.find { it.id == '" + health + "' }.status"));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then()
                .body("messages[-1].text", containsString("stopped sharing"))
                .body("messages[-1].kind", equalTo("NOTICE")).body("messages[-1].fromSurvivor", equalTo(false));
        assertEquals(java.util.List.of("portal"), org.safeguarding.portal.testing.Rows.texts(dataSource,
                "select author_role from case_message where case_id = ? and kind = 'NOTICE'", UUID.fromString(id)),
                "a notice is the portal's, not a message the survivor or a caseworker wrote");
        // And a new one cannot be made without consent.
        propose(id, "ISVA", null).then().statusCode(409);
    }

    @Test
    void onlyCaseworkersReferOnward() {
        String id = casework.newCase(Map.of("isva", "GRANTED"));
        tokens.as("survivor1").body(Map.of("partner", "ISVA")).post("/api/v1/cases/" + id + "/onward-referrals")
                .then().statusCode(403);
        tokens.as("board1").body(Map.of("partner", "ISVA")).post("/api/v1/cases/" + id + "/onward-referrals")
                .then().statusCode(403);
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/onward-referrals").then().statusCode(422);
    }
}
