package org.safeguarding.portal.rights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.Tokens;

/**
 * A survivor's erasure request against the real database: recorded with its one-month clock, listed for a lead (and
 * only a lead) with what is overdue, decided category by category with reasons; what the law allows is erased, the rest
 * restricted (no caseworker can move the case; the record says so), and the survivor is told why in the portal.
 */
@QuarkusTest
class ErasureTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private String caseWithContactDetails() {
        return tokens.as("survivor2").body(Map.of("account", "An account for erasure", "contactPlan",
                Map.of("channels", List.of("PORTAL", "EMAIL"), "email", "someone@example.invalid", "codeWord",
                        "bluebird"))).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void aLeadDecidesWithinTheMonthErasesWhatTheLawAllowsAndRestrictsTheRest() {
        String id = caseWithContactDetails();
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        String owner = Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?",
                UUID.fromString(id)).get(0);
        Rows.count(dataSource, "with d as (insert into intake_draft (id, owner_subject, payload_ciphertext,"
                + " updated_at) values (gen_random_uuid(), ?, '\\x00', now()) on conflict do nothing returning 1)"
                + " select count(*) from d", owner);

        JsonPath asked = tokens.as("survivor2").body(Map.of("words", "Please remove my details, canary-words"))
                .post("/api/v1/me/cases/" + id + "/erasure-requests").then().statusCode(201).extract().jsonPath();
        String request = asked.getString("id");
        Instant made = Instant.parse(asked.getString("madeAt"));
        ZoneId london = ZoneId.of("Europe/London");
        assertEquals(made.atZone(london).toLocalDate().plusMonths(1).plusDays(1).atStartOfDay(london).toInstant(),
                Instant.parse(asked.getString("dueAt")), "the end of the same day next month, as charter C9 counts");
        tokens.as("survivor2").body(Map.of()).post("/api/v1/me/cases/" + id + "/erasure-requests").then()
                .statusCode(409);
        // The stored bytes themselves (bytea cast to text would be hex, and never match).
        Rows.texts(dataSource, "select words_ciphertext from erasure_request where case_id = ?", UUID.fromString(id))
                .forEach(stored -> assertFalse(stored.contains("canary"), "the words are encrypted at rest"));
        assertEquals(1, Rows.audited(dataSource, id, "ASK_ERASURE"));

        tokens.as("caseworker1").get("/api/v1/erasure-requests").then().statusCode(403);
        tokens.as("board1").get("/api/v1/erasure-requests").then().statusCode(403);
        tokens.as("lead1").get("/api/v1/erasure-requests").then().statusCode(200)
                .body("find { it.id == '" + request + "' }.overdue", equalTo(false));
        clock.advance(Duration.ofDays(32));
        tokens.as("lead1").get("/api/v1/erasure-requests").then().statusCode(200)
                .body("find { it.id == '" + request + "' }.overdue", equalTo(true));

        tokens.as("lead1").get("/api/v1/erasure-requests/" + request).then().statusCode(200)
                .body("request.words", containsString("canary-words"))
                .body("erasable.DRAFTS", equalTo(true)).body("erasable.CONTACT_DETAILS", equalTo(true))
                .body("erasable.ANONYMOUS_CASE", equalTo(false)).body("overdue", equalTo(true));
        assertEquals(1, Rows.audited(dataSource, id, "VIEW_ERASURE_REQUEST"));
        decide(request, List.of("ANONYMOUS_CASE"), "Not anonymous").then().statusCode(409);
        decide(request, List.of("CONTACT_DETAILS"), " ").then().statusCode(422);
        decide(request, List.of("NOT_A_CATEGORY"), "Reasons").then().statusCode(400);

        decide(request, List.of("DRAFTS", "CONTACT_DETAILS"), "We keep your account by law; canary-reasons.")
                .then().statusCode(200).body("restricted", equalTo(true));
        decide(request, List.of(), "Again").then().statusCode(409);

        assertEquals(0, Rows.count(dataSource, "select count(*) from contact_plan_version where case_id = ? and"
                + " (email_ciphertext is not null or code_word_ciphertext is not null)", UUID.fromString(id)));
        assertEquals(0, Rows.count(dataSource, "select count(*) from intake_draft where owner_subject = ?", owner));
        assertEquals(1, Rows.count(dataSource, "select count(*) from referral where case_id = ? and"
                + " account_ciphertext is not null", UUID.fromString(id)), "the account is kept");
        assertEquals(1, Rows.audited(dataSource, id, "DECIDE_ERASURE"));
        Rows.texts(dataSource, "select reasons_ciphertext from erasure_request where case_id = ?", UUID.fromString(id))
                .forEach(stored -> assertFalse(stored.contains("canary"), "the lead's reasons are encrypted at rest"));
        List<String> notices = tokens.as("survivor2").get("/api/v1/me/cases/" + id + "/messages").then()
                .extract().jsonPath().getList("findAll { it.kind == 'NOTICE' }.text");
        assertTrue(notices.stream().anyMatch(t -> t.contains("canary-reasons") && t.contains("Information"
                + " Commissioner")), notices.toString());
        tokens.as("survivor2").get("/api/v1/me/cases/" + id + "/erasure-requests").then().statusCode(200)
                .body("[0].erased", hasItem("CONTACT_DETAILS")).body("[0].reasons", containsString("canary-reasons"));
        tokens.as("lead1").get("/api/v1/erasure-requests").then().body("id", not(hasItem(request)));
        // The survivor's list of who read their case names the lead's decision as the lead's.
        tokens.as("survivor2").get("/api/v1/me/cases/" + id + "/access").then().statusCode(200)
                .body("find { it.action == 'DECIDE_ERASURE' }.who", equalTo("HUB_LEAD"))
                .body("find { it.action == 'DECIDE_ERASURE' }.role", equalTo("The hub's team lead"))
                .body("find { it.action == 'DECIDE_ERASURE' }.why", equalTo("LEAD_DECISION"));

        // Restricted: stored, not worked on, and the record says so.
        casework.move("caseworker1", id, "ACKNOWLEDGED", null, null).then().statusCode(409)
                .body("detail", containsString("restricted"));
        String record = PageSession.signIn("caseworker1").get("/casework/cases/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(record.contains("id=\"restricted\""), "the record shows the restriction");
    }

    @Test
    void anAnonymousCaseNobodyOnStaffReadCanBeErasedAndOneTheyReadCannot() {
        Map<String, Object> untouched = anonymousCase();
        Map<String, Object> read = anonymousCase();
        tokens.as("caseworker2").get("/api/v1/cases/" + read.get("id")).then().statusCode(200);

        String first = askInSession(untouched);
        String second = askInSession(read);
        tokens.as("lead1").get("/api/v1/erasure-requests/" + first).then()
                .body("erasable.ANONYMOUS_CASE", equalTo(true));
        tokens.as("lead1").get("/api/v1/erasure-requests/" + second).then()
                .body("erasable.ANONYMOUS_CASE", equalTo(false));
        decide(second, List.of("ANONYMOUS_CASE"), "Read by a caseworker").then().statusCode(409);
        // The lead's own read to decide is not staff acting on the case: it is still erasable.
        decide(first, List.of("ANONYMOUS_CASE"), "Nobody had read it").then().statusCode(200)
                .body("erased", hasItem("ANONYMOUS_CASE"));
        assertEquals(1, Rows.count(dataSource, "select count(*) from referral where case_id = ? and"
                + " account_ciphertext is null", UUID.fromString(untouched.get("id").toString())));
        tokens.as("caseworker2").get("/api/v1/cases/" + untouched.get("id")).then().statusCode(200)
                .body("account", nullValue());
    }

    @Test
    void nothingIsErasedFromACaseUnderALegalHold() {
        String id = caseWithContactDetails();
        String request = tokens.as("survivor2").body(Map.of()).post("/api/v1/me/cases/" + id + "/erasure-requests")
                .then().statusCode(201).extract().path("id");
        String hold = tokens.as("lead1").body(Map.of("caseId", id, "category", "LITIGATION", "reason",
                "A claim against the council")).post("/api/v1/legal-holds").then().statusCode(201).extract()
                .path("id");
        tokens.as("lead1").get("/api/v1/erasure-requests/" + request).then().statusCode(200)
                .body("erasable.DRAFTS", equalTo(false)).body("erasable.CONTACT_DETAILS", equalTo(false));
        decide(request, List.of("CONTACT_DETAILS"), "Under hold").then().statusCode(409);
        assertEquals(1, Rows.count(dataSource, "select count(*) from contact_plan_version where case_id = ? and"
                + " email_ciphertext is not null", UUID.fromString(id)), "nothing erased under the hold");
        tokens.as("lead1").body(Map.of("reason", "Claim settled")).post("/api/v1/legal-holds/" + hold + "/release")
                .then().statusCode(200);
        decide(request, List.of("CONTACT_DETAILS"), "The hold is released").then().statusCode(200);
    }

    @Test
    void nobodyElsesCaseAndNoCaseworkerMayAskOrDecide() {
        String id = caseWithContactDetails();
        tokens.as("survivor1").body(Map.of()).post("/api/v1/me/cases/" + id + "/erasure-requests").then()
                .statusCode(404);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/erasure-requests").then().statusCode(404);
        String request = tokens.as("survivor2").body(Map.of()).post("/api/v1/me/cases/" + id + "/erasure-requests")
                .then().statusCode(201).extract().path("id");
        tokens.as("caseworker1").body(Map.of("erase", List.of(), "reasons", "x")).post("/api/v1/erasure-requests/"
                + request + "/decision").then().statusCode(403);
        tokens.as("lead1").get("/api/v1/erasure-requests/" + UUID.randomUUID()).then().statusCode(404);
    }

    private io.restassured.response.Response decide(String request, List<String> erase, String reasons) {
        return tokens.as("lead1").body(Map.of("erase", erase, "reasons", reasons))
                .post("/api/v1/erasure-requests/" + request + "/decision");
    }

    private static Map<String, Object> anonymousCase() {
        return given().header("X-Forwarded-For", newClient()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "erasure-test-" + UUID.randomUUID())
                .body(Map.of("account", "An anonymous account to erase", "contactPlan", Map.of("noContact", true)))
                .post("/api/v1/anonymous/referrals").then().statusCode(201).extract().as(Map.class);
    }

    private static String askInSession(Map<String, Object> anonymous) {
        String token = given().header("X-Forwarded-For", newClient()).contentType(ContentType.JSON)
                .body(Map.of("receiptCode", anonymous.get("receiptCode"))).post("/api/v1/anonymous/sessions").then()
                .statusCode(201).extract().path("token");
        return given().header("Authorization", "Receipt " + token).contentType(ContentType.JSON)
                .body(Map.of("words", "Please erase it")).post("/api/v1/me/cases/" + anonymous.get("id")
                        + "/erasure-requests").then().statusCode(201).extract().path("id");
    }

    private static String newClient() {
        return "10.12." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }
}
