package org.safeguarding.portal.intake.hub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.safeguarding.portal.core.WorkingCalendar;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.Tokens;

/**
 * Issue 17, referrals the hub records: a caseworker writes down a referral received by phone, in person, by letter or
 * in a forwarded e-mail. The case is the survivor's, its clocks run from when it was received, and it says who
 * recorded it and how it reached us.
 */
@QuarkusTest
class HubReferralApiTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String body(String channel, Instant receivedAt, String referral) {
        return "{\"channel\":\"" + channel + "\",\"receivedAt\":\"" + receivedAt + "\"," + referral.substring(1);
    }

    static String ownAccount(String account) {
        return "{\"account\":\"" + account + "\",\"subject\":\"SELF\",\"referrer\":{\"toldBy\":\"SURVIVOR\"},"
                + "\"contactPlan\":{\"channels\":[\"PHONE\"],\"phone\":\"07700900456\",\"voicemail\":false}}";
    }

    static String fromTeacher(String canary) {
        return "{\"account\":\"A teacher rang about a pupil\",\"referrer\":{\"toldBy\":\"SCHOOL\",\"name\":\"Ms "
                + canary + "\",\"role\":\"Safeguarding lead\",\"organisation\":\"High School\",\"contact\":\"Office\","
                + "\"survivorAgeBand\":\"AGE_13_15\",\"survivorKnows\":\"NOT_SURE\"},"
                + "\"contactPlan\":{\"channels\":[\"LETTER\"]}}";
    }

    private Response record(String user, String body, String key) {
        return given().auth().oauth2(tokens.forUser(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/api/v1/hub/referrals");
    }

    private long referrals() {
        return Rows.count(dataSource, "select count(*) from referral");
    }

    @Test
    void aCaseworkerRecordsAPhoneReferralForACaseThatIsTheSurvivorsNotTheirs() {
        Instant received = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String canary = "Canary" + UUID.randomUUID();
        Response recorded = record("caseworker1", body("PHONE", received, ownAccount("Rang the hub " + canary)),
                UUID.randomUUID().toString());
        recorded.then().statusCode(201).body("reference", notNullValue()).body("acknowledgement", notNullValue())
                .body("receivedAt", equalTo(received.toString()));
        String id = recorded.path("id");
        assertEquals("/api/v1/cases/" + id, java.net.URI.create(recorded.getHeader("Location")).getPath());

        List<String> owner = Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?::uuid", id);
        assertTrue(owner.get(0).startsWith("awaiting-survivor:"), "owned by a placeholder for the survivor");
        List<String> row = Rows.texts(dataSource, "select channel || ' ' || told_by || ' ' || recorded_by || ' '"
                + " || (received_at = ?::timestamptz) from referral where case_id = ?::uuid", received.toString(), id);
        String caseworker = Rows.texts(dataSource, "select recorded_by from referral where case_id = ?::uuid", id)
                .get(0);
        assertEquals("PHONE SURVIVOR " + caseworker + " true", row.get(0));
        assertFalse(Rows.texts(dataSource, "select account_ciphertext from referral where case_id = ?::uuid", id).get(0)
                .contains(canary), "the account is encrypted (read as stored, not as bytea's hex)");
        assertFalse(caseworker.startsWith("awaiting"), "recorded_by is the caseworker's subject");
        assertFalse(owner.get(0).equals(caseworker), "never the caseworker's case");

        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("openedAt", equalTo(received.toString()))
                .body("recordedByHub.channel", equalTo("PHONE"))
                .body("recordedByHub.receivedAt", equalTo(received.toString()))
                .body("recordedByHub.recordedBy", notNullValue()).body("recordedByHub.recordedBy", not(equalTo(caseworker)))
                .body("preferences.contactPlan.referrersView", equalTo(false))
                .body("preferences.consents.size()", equalTo(0));
    }

    @Test
    void theRecordingIsAuditedWithTheChannelInTheSameTransaction() {
        String id = record("caseworker1", body("IN_PERSON", Instant.now().minusSeconds(600), fromTeacher("a")),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        assertEquals(List.of("SUBMIT_REFERRAL caseworker recorded:IN_PERSON/SOMEONE_ELSE"), Rows.texts(dataSource,
                "select action || ' ' || actor_role || ' ' || purpose from audit_event where record_id = ?::uuid"
                        + " and action <> 'VIEW_CASE'", id));
    }

    @Test
    void someoneElsesReferralKeepsTheReferrerEncryptedWithNoSubjectAndTheirViewOfThePlan() {
        String canary = "Canary" + UUID.randomUUID();
        String id = record("caseworker1", body("LETTER", Instant.now().minus(Duration.ofDays(3)), fromTeacher(canary)),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        List<String> stored = Rows.texts(dataSource, "select name_ciphertext from referral_referrer where case_id = ?::uuid union all select role_ciphertext from referral_referrer where case_id = ?::uuid union all select organisation_ciphertext from referral_referrer where case_id = ?::uuid union all select contact_ciphertext from referral_referrer where case_id = ?::uuid union all select survivor_name_ciphertext from referral_referrer where case_id = ?::uuid", id, id, id, id, id);
        assertTrue(stored.stream().noneMatch(text -> text != null && text.contains(canary)),
                "the referrer's details are encrypted (read as stored, not as bytea's hex)");
        assertTrue(stored.get(0) != null, "the name is kept, encrypted");
        assertEquals(List.of("true"), Rows.texts(dataSource,
                "select (referrer_subject is null)::text from referral_referrer where case_id = ?::uuid", id));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("referrer.toldBy", equalTo("SCHOOL")).body("referrer.name", equalTo("Ms " + canary))
                .body("recordedByHub.channel", equalTo("LETTER"))
                .body("preferences.contactPlan.referrersView", equalTo(true));
    }

    /** A phone call at 9:00 typed at 16:00 has its acknowledgement due from 9:00: here, from three days before. */
    @Test
    void theCharterClocksRunFromWhenItWasReceivedNotWhenItWasTyped() {
        clock.advance(Duration.ofHours(7));
        Instant typed = clock.instant();
        Instant received = typed.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        String id = record("caseworker1", body("PHONE", received, ownAccount("Rang three days ago")),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        JsonPath recorded = tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).extract()
                .jsonPath();
        Instant c1Due = Instant.parse(recorded.getString("commitments.find { it.commitmentId == 'C1' }.dueAt"));
        assertEquals(calendar.addWorkingDays(received, 1), c1Due, "the acknowledgement is due from the phone call");
        assertNotEquals(calendar.addWorkingDays(typed, 1), c1Due, "not from when it was typed");
        assertEquals(calendar.addWorkingDays(received, 2), Instant.parse(
                recorded.getString("commitments.find { it.commitmentId == 'C2' }.dueAt")));
    }

    @Test
    void aFutureOrAbsurdReceivedTimeIsA422AndStoresNothing() {
        long before = referrals();
        for (Instant wrong : List.of(Instant.now().plus(Duration.ofHours(1)), Instant.parse("2016-03-27T09:00:00Z"),
                Instant.now().minus(Duration.ofDays(91)))) {
            record("caseworker1", body("PHONE", wrong, ownAccount("When?")), UUID.randomUUID().toString()).then()
                    .statusCode(422).body("errors.field", hasItem("receivedAt"));
        }
        record("caseworker1", "{\"channel\":\"PHONE\"," + ownAccount("No time").substring(1),
                UUID.randomUUID().toString()).then().statusCode(422).body("errors.field", hasItem("receivedAt"));
        record("caseworker1", "{\"receivedAt\":\"" + Instant.now().minusSeconds(60) + "\","
                + ownAccount("No channel").substring(1), UUID.randomUUID().toString()).then().statusCode(422)
                .body("errors.field", hasItem("channel"));
        record("caseworker1", body("PIGEON", Instant.now(), ownAccount("x")), UUID.randomUUID().toString()).then()
                .statusCode(400);
        assertEquals(before, referrals(), "nothing stored");
    }

    /** Consents as the survivor gave them on the phone are kept, recorded by the caseworker; a referrer gives none. */
    @Test
    void consentsAreOnlyTheSurvivorsOwnAsTheyGaveThem() {
        String withConsent = "{\"account\":\"x\",\"subject\":\"SELF\",\"contactPlan\":{\"channels\":[\"PHONE\"]},"
                + "\"consents\":{\"police\":\"GRANTED\"}}";
        String id = record("caseworker1", body("PHONE", Instant.now().minusSeconds(60), withConsent),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        assertEquals(List.of("POLICE GRANTED caseworker"), Rows.texts(dataSource, "select purpose || ' ' || decision"
                + " || ' ' || recorded_by_role from consent_record where case_id = ?::uuid", id));
        String referrersConsent = fromTeacher("c").replace("\"contactPlan\"", "\"consents\":{\"police\":\"GRANTED\"},"
                + "\"contactPlan\"");
        record("caseworker1", body("PHONE", Instant.now().minusSeconds(60), referrersConsent),
                UUID.randomUUID().toString()).then().statusCode(422).body("errors.field", hasItem("consents"));
    }

    @Test
    void aDoubleClickRecordsOneReferral() {
        String key = UUID.randomUUID().toString();
        String body = body("PHONE", Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS),
                ownAccount("Once"));
        String first = record("caseworker1", body, key).then().statusCode(201).extract().path("id");
        Response again = record("caseworker1", body, key);
        again.then().statusCode(201).body("id", equalTo(first));
        assertEquals("true", again.getHeader("Idempotent-Replayed"));
        record("caseworker1", body.replace("Once", "Another"), key).then().statusCode(422);
    }

    @Test
    void survivorsAndTheBoardCannotRecordAReferral() {
        long before = referrals();
        String body = body("PHONE", Instant.now().minusSeconds(60), ownAccount("Not theirs to record"));
        record("survivor1", body, UUID.randomUUID().toString()).then().statusCode(403);
        record("board1", body, UUID.randomUUID().toString()).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/hub/referrals").then().statusCode(401);
        assertEquals(before, referrals());
    }

    @Test
    void theCaseIsNotInTheCaseworkersOrAnyoneElsesOwnList() {
        String id = record("caseworker1", body("EMAIL", Instant.now().minusSeconds(60), fromTeacher("b")),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        tokens.as("survivor1").get("/api/v1/me/cases").then().statusCode(200).body("id", not(hasItem(id)));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(404);
    }

    /** Once the survivor takes the case over, their access list says in their words that the hub wrote it down. */
    @Test
    void theSurvivorsAccessListSaysAWorkerWroteDownWhatTheyToldUsByPhone() {
        String id = record("caseworker1", body("PHONE", Instant.now().minusSeconds(900), ownAccount("By phone")),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        String code = tokens.as("caseworker1").post("/api/v1/cases/" + id + "/invitation").then().statusCode(201)
                .extract().path("code");
        given().auth().oauth2(tokens.forUser("survivor2")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\"}").post("/api/v1/me/invitations/acceptance").then()
                .statusCode(200);
        tokens.as("survivor2").get("/api/v1/me/cases/" + id + "/access").then().statusCode(200)
                .body("what", hasItem("A worker at the hub wrote down what you told us by phone"))
                .body("find { it.action == 'SUBMIT_REFERRAL' }.who", equalTo("HUB_CASEWORKER"));
    }
}
