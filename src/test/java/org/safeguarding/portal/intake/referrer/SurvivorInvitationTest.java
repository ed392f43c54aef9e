package org.safeguarding.portal.intake.referrer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
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
import io.restassured.response.Response;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.TestUsers;
import org.safeguarding.portal.testing.Tokens;

/**
 * Issue 17: the caseworker invites the survivor to a case someone else referred; once accepted it is the survivor's,
 * and the referrer still cannot read it. Used, replaced and expired codes open nothing.
 */
@QuarkusTest
class SurvivorInvitationTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    Tokens tokens;

    /**
     * The survivor who takes the case over: new for each test, since tries at a code are limited per person (five in
     * fifteen minutes) and these tests accept more codes than that.
     */
    String taker;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
        taker = TestUsers.newSurvivor(keycloakUrl);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** survivor1 refers someone as their school; the case's id, as the hub knows it. */
    private UUID referredBySurvivor1() {
        String reference = given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"account\":\"A pupil told me\",\"contactPlan\":{\"channels\":[\"PORTAL\"]},"
                        + "\"referrer\":{\"toldBy\":\"SCHOOL\"}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("reference");
        return UUID.fromString(Rows.texts(dataSource, "select id from survivor_case where reference = ?", reference)
                .get(0));
    }

    private String invite(UUID caseId) {
        Response issued = tokens.as("caseworker1").post("/api/v1/cases/" + caseId + "/invitation");
        issued.then().statusCode(201).body("code", matchesPattern("[A-Z2-9]{5}(-[A-Z2-9]{5}){3}"));
        assertEquals("no-store", issued.getHeader("Cache-Control"));
        return issued.path("code");
    }

    private Response accept(String user, String code) {
        return given().auth().oauth2(tokens.forUser(user)).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\"}").post("/api/v1/me/invitations/acceptance");
    }

    @Test
    void theSurvivorReadsTheCaseAfterAcceptingAndTheReferrerStillCannot() {
        UUID id = referredBySurvivor1();
        String code = invite(id);
        given().auth().oauth2(tokens.forUser(taker)).get("/api/v1/me/cases/" + id).then().statusCode(404);

        accept(taker, code.toLowerCase().replace("-", " ")).then().statusCode(200)
                .body("id", equalTo(id.toString()));

        given().auth().oauth2(tokens.forUser(taker)).get("/api/v1/me/cases/" + id).then().statusCode(200)
                .body("account", equalTo("A pupil told me"))
                .body("referrer", org.hamcrest.Matchers.nullValue())
                .body("preferences.contactPlan.referrersView", equalTo(true))
                .body("preferences.consents.size()", equalTo(0));
        given().auth().oauth2(tokens.forUser(taker)).get("/api/v1/me/cases").then()
                .body("id", hasItem(id.toString()));
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(404);
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases").then()
                .body("id", not(hasItem(id.toString())));
    }

    @Test
    void theSurvivorsOwnPlanReplacesTheReferrersView() {
        UUID id = referredBySurvivor1();
        accept(taker, invite(id)).then().statusCode(200);
        given().auth().oauth2(tokens.forUser(taker)).contentType(ContentType.JSON)
                .body("{\"channels\":[\"PORTAL\"]}").put("/api/v1/me/cases/" + id + "/contact-plan").then()
                .statusCode(200).body("contactPlan.referrersView", equalTo(false));
    }

    @Test
    void aUsedCodeIsRefusedLikeAnUnknownOne() {
        UUID id = referredBySurvivor1();
        String code = invite(id);
        accept(taker, code).then().statusCode(200);
        Response again = accept("survivor1", code);
        Response unknown = accept("survivor1", "AAAAA-BBBBB-CCCCC-DDDDD");
        again.then().statusCode(404);
        unknown.then().statusCode(404);
        assertEquals(unknown.asString(), again.asString(), "no oracle: a used code reads like an unknown one");
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(404);
    }

    @Test
    void anExpiredCodeIsRefused() {
        UUID id = referredBySurvivor1();
        String code = invite(id);
        clock.advance(Duration.ofDays(15));
        accept(taker, code).then().statusCode(404);
        given().auth().oauth2(tokens.forUser(taker)).get("/api/v1/me/cases/" + id).then().statusCode(404);
    }

    @Test
    void aNewerCodeEndsTheOlderOne() {
        UUID id = referredBySurvivor1();
        String older = invite(id);
        String newer = invite(id);
        accept(taker, older).then().statusCode(404);
        accept(taker, newer).then().statusCode(200);
    }

    @Test
    void theCodeIsStoredOnlyAsAKeyedHashAndTheInvitationIsAudited() {
        UUID id = referredBySurvivor1();
        String code = invite(id);
        List<String> rows = Rows.texts(dataSource, "select i::text from survivor_invitation i where case_id = ?", id);
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).contains(code.replace("-", "")), "the code itself is not stored");
        assertFalse(rows.get(0).contains(code));
        // The hash as stored (bytea read raw; the row cast above shows it as hex, which a code could never match).
        String stored = Rows.texts(dataSource, "select code_hash from survivor_invitation where case_id = ?", id).get(0);
        assertEquals(32, stored.length(), "an HMAC-SHA256, nothing longer");
        assertFalse(stored.contains(code.replace("-", "")) || stored.contains(code), "the code itself is not stored");
        assertEquals(1, Rows.count(dataSource,
                "select count(*) from audit_event where action = 'INVITE_SURVIVOR' and record_id = ?", id));
        accept(taker, code).then().statusCode(200);
        assertEquals(1, Rows.count(dataSource,
                "select count(*) from audit_event where action = 'ACCEPT_INVITATION' and record_id = ?", id));
    }

    @Test
    void aCaseThatIsAlreadyItsSurvivorsHasNobodyToInvite() {
        String own = given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"account\":\"Mine\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}").post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        tokens.as("caseworker1").post("/api/v1/cases/" + own + "/invitation").then().statusCode(409);
        tokens.as("caseworker1").post("/api/v1/cases/" + UUID.randomUUID() + "/invitation").then().statusCode(404);
        given().auth().oauth2(tokens.forUser("survivor1")).post("/api/v1/cases/" + own + "/invitation").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body("{\"code\":\"AAAAA-BBBBB-CCCCC-DDDDD\"}")
                .post("/api/v1/me/invitations/acceptance").then().statusCode(401);
        tokens.as("caseworker1").contentType(ContentType.JSON).body("{\"code\":\"AAAAA-BBBBB-CCCCC-DDDDD\"}")
                .post("/api/v1/me/invitations/acceptance").then().statusCode(403);
    }

    @Test
    void triesAtACodeAreLimitedPerSurvivor() {
        for (int i = 0; i < 5; i++) {
            accept(taker, "AAAAA-BBBBB-CCCCC-DDDD" + (i + 2)).then().statusCode(404);
        }
        UUID id = referredBySurvivor1();
        Response refused = accept(taker, invite(id));
        refused.then().statusCode(429);
        org.junit.jupiter.api.Assertions.assertNotNull(refused.getHeader("Retry-After"));
        given().auth().oauth2(tokens.forUser(taker)).get("/api/v1/me/cases/" + id).then().statusCode(404);
    }
}
