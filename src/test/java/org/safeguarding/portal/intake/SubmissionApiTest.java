package org.safeguarding.portal.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.Tokens;

@QuarkusTest
class SubmissionApiTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    private Response submit(String user, String account, String idempotencyKey) {
        var request = given().auth().oauth2(tokens.forUser(user)).contentType(ContentType.JSON)
                .body("{\"account\":" + json(account) + ",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/referrals");
    }

    @Test
    void survivorSeesTheirOwnCaseAsSubmitted() {
        Response created = submit("survivor1", "What happened, in my words", UUID.randomUUID().toString());
        created.then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("reference", org.hamcrest.Matchers.matchesPattern("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        String id = created.path("id");

        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(200)
                .body("account", equalTo("What happened, in my words")).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void survivorCannotSeeAnotherSurvivorsCaseAndGets404LikeAMissingOne() {
        String id = submit("survivor1", "Private to survivor one", null).then().statusCode(201).extract().path("id");
        String other = tokens.forUser("survivor2");

        Response theirs = given().auth().oauth2(other).get("/api/v1/me/cases/" + id);
        Response missing = given().auth().oauth2(other).get("/api/v1/me/cases/" + UUID.randomUUID());
        theirs.then().statusCode(404).body(not(containsString("Private")));
        missing.then().statusCode(404);
        assertEquals(missing.asString(), theirs.asString(), "no existence oracle: both answers are identical");
        given().auth().oauth2(other).get("/api/v1/me/cases/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(other).get("/api/v1/me/cases").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void accountIsStoredOnlyAsCiphertext() throws Exception {
        String plaintext = "Canary account text " + UUID.randomUUID();
        String id = submit("survivor1", plaintext, null).then().statusCode(201).extract().path("id");

        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select r.account_ciphertext, r::text as whole_row from referral r where r.case_id = ?")) {
            q.setObject(1, UUID.fromString(id));
            ResultSet row = q.executeQuery();
            assertTrue(row.next());
            byte[] stored = row.getBytes(1);
            assertNotNull(stored);
            assertTrue(stored.length > plaintext.length(), "an envelope holds a wrapped key, nonce and tag");
            String storedAsText = new String(stored, StandardCharsets.ISO_8859_1);
            assertFalse(storedAsText.contains("Canary"), "the column must not contain the plaintext");
            assertFalse(row.getString(2).contains("Canary"), "nor any other column of the row");
        }
    }

    @Test
    void theSameIdempotencyKeyTwiceCreatesOneCase() {
        String key = UUID.randomUUID().toString();
        Response first = submit("survivor1", "Sent twice by a flaky connection", key);
        Response second = submit("survivor1", "Sent twice by a flaky connection", key);
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        second.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.<String>path("id"), second.<String>path("id"));
        assertEquals(first.<String>path("reference"), second.<String>path("reference"));
        assertEquals(1, referralsWithKey(key));
    }

    @Test
    void theSameKeyWithAnotherAccountIsRefusedAndNothingIsStored() {
        String key = UUID.randomUUID().toString();
        submit("survivor1", "The first account", key).then().statusCode(201);
        long before = referralCount();

        submit("survivor1", "SecondAccountCanary, not a retry", key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(ReferralService.KEY_REUSED_TYPE))
                .body(not(containsString("SecondAccountCanary")));

        assertEquals(before, referralCount());
        assertEquals(1, referralsWithKey(key));
    }

    @Test
    void aRetryIsTheSameRequestHoweverItsJsonIsLaidOut() {
        String key = UUID.randomUUID().toString();
        String token = tokens.forUser("survivor1");
        Response first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"account\":\"Laid out twice\",\"currentRisk\":false,"
                        + "\"contactPlan\":{\"channels\":[\"PORTAL\"],\"voicemail\":false}}")
                .post("/api/v1/referrals");
        Response second = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{ \"contactPlan\": {\"voicemail\": false, \"channels\": [\"PORTAL\"]},\n"
                        + "  \"currentRisk\": false, \"account\": \"Laid out twice\" }")
                .post("/api/v1/referrals");
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        second.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.<String>path("id"), second.<String>path("id"));
    }

    @Test
    void withoutAKeyEachSubmissionIsStored() {
        String one = submit("survivor1", "Sent without a key", null).then().statusCode(201).extract().path("id");
        String two = submit("survivor1", "Sent without a key", null).then().statusCode(201).extract().path("id");
        assertFalse(one.equals(two), "the service makes a key for each request that brings none");
    }

    @Test
    void concurrentDuplicatesCreateOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = tokens.forUser("survivor1");
        int copies = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                Callable<String> copy = () -> {
                    start.await();
                    return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                            .body("{\"account\":\"Raced\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}").post("/api/v1/referrals")
                            .then().statusCode(201).extract().path("id");
                };
                results.add(pool.submit(copy));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<String> result : results) {
                ids.add(result.get());
            }
            assertEquals(1, ids.size(), "every copy must answer with the same case");
            assertEquals(1, referralsWithKey(key));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyFromAnotherSurvivorIsTheirOwnSubmission() {
        String key = UUID.randomUUID().toString();
        String mine = submit("survivor1", "Mine", key).then().statusCode(201).extract().path("id");
        String theirs = submit("survivor2", "Theirs", key).then().statusCode(201).extract().path("id");
        assertFalse(mine.equals(theirs), "keys are scoped to their owner, never shared across survivors");
    }

    @Test
    void aSubmissionWithoutASafeWayToMakeContactIsRefusedWithAFieldErrorAndNothingStored() {
        long before = referralCount();
        given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"account\":\"No way to reach me\"}").post("/api/v1/referrals").then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors[0].field", equalTo("contactPlan.channels"));
        given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"contactPlan\":{\"channels\":[\"PHONE\"],\"noContact\":true}}").post("/api/v1/referrals")
                .then().statusCode(422).body("errors[0].field", equalTo("contactPlan.channels"));
        assertEquals(before, referralCount());
    }

    @Test
    void everythingButTheContactPlanIsOptionalEvenTheAccount() {
        String id = given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"contactPlan\":{\"noContact\":true}}").post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(200)
                .body("account", org.hamcrest.Matchers.nullValue())
                .body("preferences.contactPlan.noContact", equalTo(true))
                .body("preferences.contactPlan.channels", org.hamcrest.Matchers.empty());
    }

    @Test
    void anUnknownAnswerIsA400ThatEchoesNothing() {
        given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"subject\":\"EchoCanaryValue\",\"contactPlan\":{\"noContact\":true}}")
                .post("/api/v1/referrals").then().statusCode(400).body(not(containsString("EchoCanaryValue")));
    }

    @Test
    void anOverlongAccountIsRefusedWithoutEchoingIt() {
        String overlong = "EchoCanary".repeat(2_001); // 20,010 characters
        long before = referralCount();
        submit("survivor1", overlong, null).then().statusCode(422)
                .body("errors[0].field", equalTo("account"))
                .body(not(containsString("EchoCanary")));
        assertEquals(before, referralCount());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        long before = referralCount();
        String huge = "{\"account\":\"" + "x".repeat(300 * 1024) + "\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}";
        // As a careful client sends a large body: it asks first (Expect: 100-continue), so the refusal comes before the
        // body and never meets a connection the service has already closed (the client's write then broke the pipe).
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/referrals")).expectContinue(true)
                .header("Authorization", "Bearer " + tokens.forUser("survivor1"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, refused.statusCode());
        assertEquals(before, referralCount());
    }

    @Test
    void malformedJsonIsA400ProblemThatShowsNoInput() {
        given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"account\": \"MalformedCanary").post("/api/v1/referrals")
                .then().statusCode(400).body(not(containsString("MalformedCanary")));
    }

    @Test
    void aMalformedIdempotencyKeyIsRefused() {
        submit("survivor1", "ok", "bad key with spaces").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private long referralsWithKey(String key) {
        return count("select count(*) from referral where idempotency_key = '" + key.replace("'", "") + "'");
    }

    private long referralCount() {
        return count("select count(*) from referral");
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
