package org.safeguarding.portal.intake.referrer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestUsers;
import org.safeguarding.portal.testing.Tokens;

/**
 * Issue 17, referrals from someone else: who told us, the referrer's details kept encrypted beside the referral, and
 * the case the survivor's, never the sender's.
 */
@QuarkusTest
class ReferralFromSomeoneElseApiTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    private static String referrer(String toldBy, String canary) {
        return "\"referrer\":{\"toldBy\":\"" + toldBy + "\",\"name\":\"PC Name " + canary + "\",\"role\":\"Officer\","
                + "\"organisation\":\"Police " + canary + "\",\"contact\":\"Desk phone " + canary + "\","
                + "\"survivorName\":\"Survivor " + canary + "\",\"survivorAge\":15,\"survivorKnows\":\"NO\"}";
    }

    private Response send(String user, String body, String key) {
        return given().auth().oauth2(tokens.forUser(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/referrals");
    }

    private static String body(String account, String more) {
        return "{\"account\":\"" + account + "\",\"contactPlan\":{\"channels\":[\"PHONE\"],\"phone\":\"07700900123\","
                + "\"voicemail\":false}" + (more.isEmpty() ? "" : "," + more) + "}";
    }

    private UUID caseOf(String reference) {
        return UUID.fromString(Rows.texts(dataSource, "select id from survivor_case where reference = ?", reference)
                .get(0));
    }

    @Test
    void theSenderIsToldItWasReceivedWithTheReferenceAndAcknowledgementButNoCase() {
        String canary = UUID.randomUUID().toString();
        Response sent = send("survivor1", body("What I saw at school", referrer("SCHOOL", canary)),
                UUID.randomUUID().toString());
        sent.then().statusCode(201).body("reference", notNullValue()).body("acknowledgement", notNullValue())
                .body("receivedAt", notNullValue()).body("id", nullValue());
        assertEquals(null, sent.getHeader("Location"), "no link to a case the sender cannot read");
    }

    @Test
    void theCaseBelongsToTheSurvivorAndTheSenderGets404OnTheCaseItsMessagesAndItsPlan() {
        String reference = send("survivor1", body("Account about a pupil", referrer("SCHOOL", "x")),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("reference");
        UUID id = caseOf(reference);

        List<String> owner = Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?", id);
        assertTrue(owner.get(0).startsWith("awaiting-survivor:"), "owned by a placeholder for the survivor");
        var sender = given().auth().oauth2(tokens.forUser("survivor1"));
        sender.get("/api/v1/me/cases/" + id).then().statusCode(404);
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id + "/messages").then()
                .statusCode(404);
        given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"channels\":[\"PORTAL\"]}").put("/api/v1/me/cases/" + id + "/contact-plan").then()
                .statusCode(404);
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases").then().statusCode(200)
                .body("id", not(hasItem(id.toString())));
    }

    @Test
    void whoToldUsIsKeptAndTheReferrersDetailsOnlyAsCiphertext() {
        String canary = "Canary" + UUID.randomUUID();
        String reference = send("survivor1", body("Seen by police", referrer("POLICE", canary)),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("reference");
        UUID id = caseOf(reference);

        assertEquals(List.of("POLICE"), Rows.texts(dataSource, "select told_by from referral where case_id = ?", id));
        assertEquals(List.of("POLICE"), Rows.texts(dataSource, "select told_by from referral_referrer where case_id = ?",
                id));
        // Each column as stored (bytea read raw: a row cast to text shows bytea as hex, which no canary ever matches).
        List<String> stored = Rows.texts(dataSource, "select name_ciphertext from referral_referrer where case_id = ? union all select role_ciphertext from referral_referrer where case_id = ? union all select organisation_ciphertext from referral_referrer where case_id = ? union all select contact_ciphertext from referral_referrer where case_id = ? union all select survivor_name_ciphertext from referral_referrer where case_id = ?", id, id, id, id, id);
        assertEquals(5, stored.size());
        assertTrue(stored.stream().noneMatch(text -> text == null || text.contains(canary)),
                "name, role, organisation, contact and survivor's name are encrypted");

        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("intake.subject", equalTo("SOMEONE_ELSE"))
                .body("referrer.toldBy", equalTo("POLICE"))
                .body("referrer.name", equalTo("PC Name " + canary))
                .body("referrer.organisation", equalTo("Police " + canary))
                .body("referrer.contact", equalTo("Desk phone " + canary))
                .body("referrer.survivorName", equalTo("Survivor " + canary))
                .body("referrer.survivorAge", equalTo(15))
                .body("referrer.survivorKnows", equalTo("NO"));
    }

    @Test
    void theContactPlanIsTheReferrersViewAndTheSurvivorsConsentsStartEmpty() {
        String reference = send("survivor1", body("Family member worried", referrer("FAMILY_OR_FRIEND", "y")),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("reference");
        UUID id = caseOf(reference);

        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("preferences.contactPlan.referrersView", equalTo(true))
                .body("preferences.contactPlan.phone", equalTo("07700900123"))
                .body("preferences.consents.size()", equalTo(0));
    }

    @Test
    void contactFollowsWhatTheReferrerSaidIsSafe() {
        String reference = send("survivor1", body("Phone only, her mum said", referrer("FAMILY_OR_FRIEND", "p")),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("reference");
        UUID id = caseOf(reference);
        tokens.as("caseworker1").body(java.util.Map.of("text", "Checking in", "channel", "SMS"))
                .post("/api/v1/cases/" + id + "/messages").then().statusCode(409);
        tokens.as("caseworker1").body(java.util.Map.of("text", "Checking in", "channel", "PHONE"))
                .post("/api/v1/cases/" + id + "/messages").then().statusCode(201);
    }

    @Test
    void aSurvivorsOwnAccountStaysTheirsAndIsCountedAsToldByTheSurvivor() {
        String id = send("survivor1", body("My own words", "\"referrer\":{\"toldBy\":\"SURVIVOR\"}"),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(200)
                .body("preferences.contactPlan.referrersView", equalTo(false));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).body("referrer", nullValue());
        assertEquals(List.of("SURVIVOR"), Rows.texts(dataSource, "select told_by from referral where case_id = ?",
                UUID.fromString(id)));
    }

    @Test
    void theSendersRetryAnswersWithTheSameReferenceAndOpensNoSecondCase() {
        String key = UUID.randomUUID().toString();
        String body = body("Retry from a health visitor", referrer("HEALTH", "z"));
        String first = send("survivor1", body, key).then().statusCode(201).extract().path("reference");
        Response again = send("survivor1", body, key);
        again.then().statusCode(201).body("reference", equalTo(first));
        assertEquals("true", again.getHeader("Idempotent-Replayed"));
        send("survivor1", body("Another account", referrer("HEALTH", "z")), key).then().statusCode(422);
    }

    @Test
    void aKeyUsedForOnesOwnAccountIsRefusedForSomeoneElsesAndTheOtherWayRound() {
        String own = UUID.randomUUID().toString();
        send("survivor1", body("My own", ""), own).then().statusCode(201);
        send("survivor1", body("My own", referrer("POLICE", "k")), own).then().statusCode(422);
        String theirs = UUID.randomUUID().toString();
        send("survivor1", body("Theirs", referrer("POLICE", "k")), theirs).then().statusCode(201);
        send("survivor1", body("Theirs", ""), theirs).then().statusCode(422);
    }

    @Test
    void consentsAreTheSurvivorsToGiveNotTheSenders() {
        send("survivor1", body("x", referrer("POLICE", "c") + ",\"consents\":{\"police\":\"GRANTED\"}"),
                UUID.randomUUID().toString()).then().statusCode(422);
    }

    @Test
    void confusedOrOverlongAnswersAreRefusedWithNothingStored() {
        long before = Rows.count(dataSource, "select count(*) from referral_referrer");
        send("survivor1", body("x", "\"subject\":\"SELF\"," + referrer("POLICE", "c")), UUID.randomUUID().toString())
                .then().statusCode(422);
        send("survivor1", body("x", "\"referrer\":{\"toldBy\":\"SURVIVOR\",\"name\":\"Someone\"}"),
                UUID.randomUUID().toString()).then().statusCode(422);
        send("survivor1", body("x", "\"referrer\":{\"name\":\"No type\"}"), UUID.randomUUID().toString()).then()
                .statusCode(422);
        send("survivor1", body("x", "\"referrer\":{\"toldBy\":\"POLICE\",\"survivorAge\":121}"),
                UUID.randomUUID().toString()).then().statusCode(422);
        send("survivor1", body("x", "\"referrer\":{\"toldBy\":\"POLICE\",\"name\":\"" + "n".repeat(201) + "\"}"),
                UUID.randomUUID().toString()).then().statusCode(422);
        send("survivor1", body("x", "\"referrer\":{\"toldBy\":\"THE_NEIGHBOUR\"}"), UUID.randomUUID().toString())
                .then().statusCode(400);
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral_referrer"));
    }

    /**
     * Someone else's referral without an account: the sender is told it arrived (reference and acknowledgement) and is
     * given no receipt code, id or link; the case is the survivor's placeholder's; the key is kept only as an HMAC; the
     * same request again answers the same, another under the same key is refused; the survivor can take it over.
     */
    @Test
    void someoneElsesReferralWithoutAnAccountIsTheSurvivorsAndTheSenderGetsOnlyTheAcknowledgement() {
        String canary = UUID.randomUUID().toString();
        String key = "anonymous-referrer-" + UUID.randomUUID();
        String sent = body("My neighbour's daughter " + canary, referrer("FAMILY_OR_FRIEND", canary));
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(sent)
                .post("/api/v1/anonymous/referrals");
        first.then().statusCode(201).header("Idempotent-Replayed", "false").body("reference", notNullValue())
                .body("acknowledgement", notNullValue()).body("receivedAt", notNullValue()).body("id", nullValue())
                .body("receiptCode", nullValue());
        assertEquals(null, first.getHeader("Location"), "no link to a case the sender cannot read");
        String reference = first.path("reference");
        UUID caseId = caseOf(reference);

        assertTrue(Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?", caseId).get(0)
                .startsWith("awaiting-survivor:"), "the survivor's placeholder owns it");
        assertEquals(List.of("FAMILY_OR_FRIEND"), Rows.texts(dataSource,
                "select told_by from referral_referrer where case_id = ?", caseId));
        assertEquals(0, Rows.count(dataSource, "select count(*) from referral_referrer where idempotency_key = ?",
                key), "the key is kept only as an HMAC");
        assertEquals(0, Rows.count(dataSource, "select count(*) from receipt r join survivor_case c "
                + "on c.owner_subject = r.owner_subject where c.id = ?", caseId), "no receipt code opens it");
        assertTrue(Rows.texts(dataSource, "select name_ciphertext from referral_referrer where case_id = ?", caseId)
                .stream().noneMatch(t -> t.contains(canary)), "the referrer's name is encrypted");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(sent)
                .post("/api/v1/anonymous/referrals").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("reference", equalTo(reference)).body("receiptCode", nullValue());
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body("Something else " + canary, referrer("FAMILY_OR_FRIEND", canary)))
                .post("/api/v1/anonymous/referrals").then().statusCode(422);
        assertEquals(1, Rows.count(dataSource, "select count(*) from referral_referrer r join referral f "
                + "on f.id = r.referral_id where r.case_id = ?", caseId), "one referral, replay or not");

        String code = tokens.as("caseworker1").post("/api/v1/cases/" + caseId + "/invitation").then().statusCode(201)
                .extract().path("code");
        String survivor = TestUsers.newSurvivor(keycloakUrl);
        given().auth().oauth2(tokens.forUser(survivor)).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\"}").post("/api/v1/me/invitations/acceptance").then().statusCode(200);
        given().auth().oauth2(tokens.forUser(survivor)).get("/api/v1/me/cases/" + caseId).then().statusCode(200)
                .body("reference", equalTo(reference));
    }
}
