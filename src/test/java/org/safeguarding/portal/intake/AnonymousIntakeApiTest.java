package org.safeguarding.portal.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * Telling us without an account: the receipt code is the only key to the case, it opens exactly that case, it is
 * never stored, and guessing it is slow, uniform and throttled. Each test comes from its own client address
 * (X-Forwarded-For from the trusted local proxy) so the per-client limit of one test does not touch another.
 */
@QuarkusTest
class AnonymousIntakeApiTest {

    private static final String CODE_FORMAT = "[0-9]{4}( [0-9]{4}){4}";

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    private final String clientAddress = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    private RequestSpecification fromClient() {
        return given().header("X-Forwarded-For", clientAddress);
    }

    private Response submitAnonymously(String account, String key) {
        return fromClient().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("contactPlan", Map.of("channels", java.util.List.of("PORTAL")), "account", account)).post("/api/v1/anonymous/referrals");
    }

    private Response openSession(String code, String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(code == null ? Map.of() : Map.of("receiptCode", code)).post("/api/v1/anonymous/sessions");
    }

    private static RequestSpecification inSession(String token) {
        return given().header("Authorization", "Receipt " + token);
    }

    @Test
    void aReceiptCodeOpensASessionThatSeesExactlyThatCase() {
        String account = "Anonymous account " + UUID.randomUUID();
        Response submitted = submitAnonymously(account, UUID.randomUUID().toString());
        submitted.then().statusCode(201).body("receiptCode", matchesPattern(CODE_FORMAT))
                .body("status", equalTo("SUBMITTED")).body("acknowledgement.version", equalTo("portal-ack/v1"));
        String caseId = submitted.path("id");

        String token = openSession(submitted.path("receiptCode"), clientAddress).then().statusCode(201)
                .body("scheme", equalTo("Receipt")).extract().path("token");
        inSession(token).get("/api/v1/me/cases").then().statusCode(200).body("$", hasSize(1))
                .body("[0].id", equalTo(caseId));
        inSession(token).get("/api/v1/me/cases/" + caseId).then().statusCode(200).body("account", equalTo(account));

        String someoneElses = given().auth().oauth2(new Tokens(keycloakUrl).forUser("survivor1"))
                .contentType(ContentType.JSON).body(Map.of("contactPlan", Map.of("channels", java.util.List.of("PORTAL")), "account", "Signed-in account")).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        inSession(token).get("/api/v1/me/cases/" + someoneElses).then().statusCode(404);
        inSession(token).contentType(ContentType.JSON).body(Map.of("contactPlan", Map.of("channels", java.util.List.of("PORTAL")), "account", "a second case"))
                .post("/api/v1/referrals").then().statusCode(403);
        inSession(token).get("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void aRightCodeForAnotherCaseOpensOnlyThatOtherCase() {
        Response first = submitAnonymously("First anonymous case", UUID.randomUUID().toString());
        Response second = submitAnonymously("Second anonymous case", UUID.randomUUID().toString());
        String tokenForSecond = openSession(second.path("receiptCode"), clientAddress).then().statusCode(201)
                .extract().path("token");
        inSession(tokenForSecond).get("/api/v1/me/cases/" + first.path("id")).then().statusCode(404);
        inSession(tokenForSecond).get("/api/v1/me/cases").then().statusCode(200).body("$", hasSize(1))
                .body("[0].id", equalTo(second.<String>path("id")));
    }

    @Test
    void everyFailedAttemptGetsTheSameAnswerAfterTheSameDelay() {
        List<String> answers = new ArrayList<>();
        for (String typed : new String[] { "1234 5678 9012 3456 7890", "not a code", "12345", null }) {
            long started = System.nanoTime();
            Response refused = openSession(typed, clientAddress);
            long millis = (System.nanoTime() - started) / 1_000_000;
            refused.then().statusCode(401).contentType("application/problem+json");
            answers.add(refused.asString());
            assertTrue(millis >= 400, "a failure answers no sooner than the floor, took " + millis + " ms for " + typed);
        }
        assertEquals(1, new HashSet<>(answers).size(), "the same words for every failure: " + answers);
    }

    @Test
    void guessingIsThrottledPerClientEvenForTheRightCode() {
        String code = submitAnonymously("Throttle case", UUID.randomUUID().toString()).path("receiptCode");
        for (int attempt = 1; attempt <= 5; attempt++) {
            openSession("0000 0000 0000 0000 000" + attempt, clientAddress).then().statusCode(401);
        }
        openSession("0000 0000 0000 0000 0009", clientAddress).then().statusCode(429)
                .header("Retry-After", matchesPattern("[0-9]+"));
        openSession(code, clientAddress).then().statusCode(429);
        // Another client is not affected by this one's guessing.
        openSession(code, "10.8.0." + (int) (Math.random() * 250)).then().statusCode(201);
    }

    @Test
    void aSessionInUseIsExtendedAndAnExpiredOneIsRefused() throws Exception {
        Response submitted = submitAnonymously("Long writer", UUID.randomUUID().toString());
        String token = openSession(submitted.path("receiptCode"), clientAddress).then().statusCode(201)
                .extract().path("token");
        byte[] tokenHash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement nearlyOver = c.prepareStatement(
                    "update anonymous_session set expires_at = now() + interval '1 minute' where token_hash = ?");
            nearlyOver.setBytes(1, tokenHash);
            assertEquals(1, nearlyOver.executeUpdate());
            inSession(token).get("/api/v1/me/cases").then().statusCode(200);
            assertEquals(1, Rows.count(dataSource, "select count(*) from anonymous_session where token_hash = ? "
                    + "and expires_at > now() + interval '25 minutes'", tokenHash), "using it extended it");

            PreparedStatement over = c.prepareStatement(
                    "update anonymous_session set expires_at = now() - interval '1 second' where token_hash = ?");
            over.setBytes(1, tokenHash);
            over.executeUpdate();
            inSession(token).get("/api/v1/me/cases").then().statusCode(401);
        }
    }

    @Test
    void startsWithoutAnAccountAreLimitedPerClient() {
        for (int start = 1; start <= 20; start++) {
            submitAnonymously("Start " + start, UUID.randomUUID().toString()).then().statusCode(201);
        }
        long before = Rows.count(dataSource, "select count(*) from referral");
        submitAnonymously("One too many", UUID.randomUUID().toString()).then().statusCode(429)
                .header("Retry-After", matchesPattern("[0-9]+"));
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
        fromClient().get("/receipt/start").then().statusCode(200);
    }

    @Test
    void anUnknownOrForgedSessionTokenIs401() {
        inSession("made-up-token").get("/api/v1/me/cases").then().statusCode(401);
        inSession("").get("/api/v1/me/cases").then().statusCode(401);
    }

    @Test
    void theReceiptCodeAndTheIdempotencyKeyAreNeverStored() throws Exception {
        String key = UUID.randomUUID().toString();
        Response submitted = submitAnonymously("Stored nowhere", key);
        String digits = submitted.<String>path("receiptCode").replace(" ", "");
        String caseId = submitted.path("id");
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] { "receipt", "referral", "survivor_case", "audit_event" }) {
                String sql = "select t::text from " + table + " t";
                try (ResultSet rows = c.createStatement().executeQuery(sql)) {
                    while (rows.next()) {
                        String row = rows.getString(1);
                        assertFalse(row.contains(digits), table + " holds the receipt code");
                        assertFalse(row.contains(key), table + " holds the idempotency key");
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement(
                    "select count(*) from audit_event where record_id = ? and action = 'SUBMIT_REFERRAL'")) {
                q.setObject(1, UUID.fromString(caseId));
                ResultSet count = q.executeQuery();
                count.next();
                assertEquals(1, count.getLong(1));
            }
        }
    }

    @Test
    void aRetryWithTheSameKeyAnswersWithTheSameCaseAndCode() {
        String key = UUID.randomUUID().toString();
        Response first = submitAnonymously("Retried anonymously", key);
        Response second = submitAnonymously("Retried anonymously", key);
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        second.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.<String>path("id"), second.<String>path("id"));
        assertEquals(first.<String>path("receiptCode"), second.<String>path("receiptCode"));
    }

    @Test
    void theSameKeyWithAnotherAccountGetsNoCodeAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        submitAnonymously("The first anonymous account", key).then().statusCode(201);
        long before = Rows.count(dataSource, "select count(*) from referral");

        Response reused = submitAnonymously("AnotherAccountCanary sent with someone's key", key);

        reused.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(ReferralService.KEY_REUSED_TYPE))
                .body("receiptCode", org.hamcrest.Matchers.nullValue())
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("AnotherAccountCanary")));
        assertFalse(reused.asString().matches("(?s).*[0-9]{4}( [0-9]{4}){4}.*"), "no receipt code in the answer");
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void aRetryMoreThanADayLaterGetsNoCode() throws Exception {
        String key = UUID.randomUUID().toString();
        Response first = submitAnonymously("Retried the next day", key);
        first.then().statusCode(201);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "update receipt set created_at = created_at - interval '25 hours' where owner_subject = "
                        + "(select owner_subject from survivor_case where id = ?)")) {
            q.setObject(1, UUID.fromString(first.path("id")));
            assertEquals(1, q.executeUpdate());
        }

        Response late = submitAnonymously("Retried the next day", key);

        late.then().statusCode(422).body("type", equalTo(ReferralService.KEY_REUSED_TYPE))
                .body("receiptCode", org.hamcrest.Matchers.nullValue());
        assertFalse(late.asString().contains(first.<String>path("receiptCode")));
    }

    @Test
    void concurrentAnonymousDuplicatesCreateOneCaseWithOneCode() throws Exception {
        String key = UUID.randomUUID().toString();
        int copies = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return submitAnonymously("Raced anonymously", key);
                }));
            }
            start.countDown();
            Set<String> cases = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (Future<Response> result : results) {
                Response response = result.get();
                response.then().statusCode(201);
                cases.add(response.path("id"));
                codes.add(response.path("receiptCode"));
            }
            assertEquals(1, cases.size(), "one case");
            assertEquals(1, codes.size(), "one code");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWeakIdempotencyKeyIsRefusedForAnonymousSubmissions() {
        long before = Rows.count(dataSource, "select count(*) from referral");
        submitAnonymously("Weak key", "short-key-123").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void openingASessionIsAudited() throws Exception {
        Response submitted = submitAnonymously("Audited anonymous", UUID.randomUUID().toString());
        openSession(submitted.path("receiptCode"), clientAddress).then().statusCode(201);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select actor_role from audit_event where record_id = ? and action = 'OPEN_RECEIPT_SESSION'")) {
            q.setObject(1, UUID.fromString(submitted.path("id")));
            ResultSet row = q.executeQuery();
            assertTrue(row.next());
            assertEquals("receipt-holder", row.getString(1));
        }
    }

}
