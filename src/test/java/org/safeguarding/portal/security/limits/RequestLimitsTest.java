package org.safeguarding.portal.security.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.receipt.AnonymousIntakeConfig;
import org.safeguarding.portal.security.origin.Pseudonyms;
import org.safeguarding.portal.security.origin.SecurityEvents;
import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.IntakePages;
import org.safeguarding.portal.testing.LogCapture;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.ReceiptPageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * Submissions, messages, starts without an account and receipt-code checks are limited per subject and per client,
 * and over a limit the answer is 429 with Retry-After and plain words of when to try again. The suite's own limits
 * are high (it posts as a handful of demo users from one address), so each test here fills one bucket to its limit
 * (a row in attempt_window, as many instances would) and empties it again afterwards; the limits' arithmetic is
 * shown on the limiter itself with small numbers.
 */
@QuarkusTest
class RequestLimitsTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    RequestLimits limits;
    @Inject
    LimitsConfig config;
    @Inject
    AnonymousIntakeConfig anonymous;
    @Inject
    Pseudonyms pseudonyms;
    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;

    private Tokens tokens;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
    }

    private static String someAddress(int second) {
        return "10." + second + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private String clientBucket(String name, String address) {
        return RequestLimits.bucket(name, "client", pseudonyms.of("client", address));
    }

    private String subjectBucket(String name, String user) {
        String subject = tokens.as(user).get("/api/v1/me").then().statusCode(200).extract().path("subject");
        return RequestLimits.bucket(name, "subject", pseudonyms.of("subject", subject));
    }

    /** Puts a bucket at its limit in the current window, runs the check, and always empties the bucket again. */
    private void atLimit(String bucket, int limit, Duration window, Runnable check) throws Exception {
        long seconds = window.toSeconds();
        Instant start = Instant.ofEpochSecond(Instant.now(clock).getEpochSecond() / seconds * seconds);
        try (Connection c = dataSource.getConnection(); PreparedStatement fill = c.prepareStatement(
                "insert into attempt_window (bucket, window_start, attempts) values (?, ?, ?) "
                        + "on conflict (bucket, window_start) do update set attempts = excluded.attempts")) {
            fill.setString(1, bucket);
            fill.setObject(2, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
            fill.setInt(3, limit);
            fill.executeUpdate();
        }
        try {
            check.run();
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement empty = c.prepareStatement("delete from attempt_window where bucket = ?")) {
                empty.setString(1, bucket);
                empty.executeUpdate();
            }
        }
    }

    private static void refusedWithRetryAfter(Response response, Duration window) {
        response.then().statusCode(429).header("Retry-After", equalTo(String.valueOf(window.toSeconds())));
    }

    @Test
    void aSubjectsLimitBitesAndAnotherSubjectIsNotTouched() {
        String name = "test-" + UUID.randomUUID();
        for (int i = 1; i <= 3; i++) {
            limits.count(name, 3, 100, HOUR, "subject-a", "client-x");
        }
        TooManyAttempts refused = assertThrows(TooManyAttempts.class,
                () -> limits.count(name, 3, 100, HOUR, "subject-a", "client-x"));
        assertEquals(HOUR, refused.retryAfter());
        assertEquals(60, refused.retryAfterMinutes());
        limits.count(name, 3, 100, HOUR, "subject-b", "client-x");
    }

    @Test
    void aClientsLimitBitesAndAnotherClientIsNotTouched() {
        String name = "test-" + UUID.randomUUID();
        for (int i = 1; i <= 3; i++) {
            limits.count(name, 100, 3, HOUR, "subject-" + i, "client-x");
        }
        assertThrows(TooManyAttempts.class, () -> limits.count(name, 100, 3, HOUR, "subject-9", "client-x"));
        limits.count(name, 100, 3, HOUR, "subject-9", "client-y");
        // Without a request or a subject there is nothing to count by.
        limits.count(name, 1, 1, HOUR, null, null);
        limits.count(name, 1, 1, HOUR, null, null);
    }

    @Test
    void aSurvivorOverTheSubmissionLimitGets429AndNothingIsStoredWhileAnotherSubmits() throws Exception {
        LimitsConfig.Limit limit = config.submissions();
        atLimit(subjectBucket("submission", "survivor2"), limit.perSubject(), limit.window(), () -> {
            long before = Rows.count(dataSource, "select count(*) from referral");
            try (LogCapture log = LogCapture.start()) {
                Response refused = tokens.as("survivor2").body(Map.of("account", "LimitCanary-account",
                        "contactPlan", Map.of("channels", List.of("PORTAL")))).post("/api/v1/referrals");
                refusedWithRetryAfter(refused, limit.window());
                refused.then().contentType(containsString("application/problem+json")).body("status", equalTo(429));
                assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
                String event = log.linesOf(SecurityEvents.CATEGORY).get(0);
                assertTrue(event.contains("kind=rate-limited") && event.contains("route=/api/v1/referrals"), event);
                assertEquals(List.of(), log.linesContaining("LimitCanary"));
            }
            new Casework(tokens).newCase(Map.of());
        });
    }

    @Test
    void aClientOverTheSubmissionLimitIsRefusedWithoutAnAccountWhileAnotherClientSubmits() throws Exception {
        String address = someAddress(61);
        LimitsConfig.Limit limit = config.submissions();
        String bucket = clientBucket("submission", address);
        atLimit(bucket, limit.perClient(), limit.window(), () -> {
            refusedWithRetryAfter(anonymousSubmission(address, null), limit.window());
            // The refused attempt is counted all the same (its transaction commits the count alone), so a client that
            // keeps trying stays refused.
            assertEquals(limit.perClient() + 1, Rows.count(dataSource,
                    "select sum(attempts) from attempt_window where bucket = ?", bucket));
            anonymousSubmission(someAddress(61), null).then().statusCode(201);
        });
    }

    @Test
    void aSubmissionIsCountedAndAuditedInTheTransactionThatStoresItAndARetryIsNotCounted() throws Exception {
        String address = someAddress(62);
        String bucket = clientBucket("submission", address);
        String key = UUID.randomUUID().toString().replace("-", "") + "abcdef";
        String caseId = anonymousSubmission(address, null, key).then().statusCode(201).extract().path("id");
        // One commit: the count and the account's rows were written by the same transaction (one xid), so an account
        // is never stored uncounted nor counted unstored.
        List<String> storedBy = Rows.texts(dataSource, "select xmin::text from referral where case_id = ?::uuid",
                caseId);
        assertEquals(storedBy, Rows.texts(dataSource, "select xmin::text from attempt_window where bucket = ?", bucket));
        // The audit row of the submission is written by that same transaction (architecture: audit in the same
        // transaction), so an account is never stored unaudited.
        assertEquals(storedBy, Rows.texts(dataSource, "select xmin::text from audit_event where record_id = ?::uuid "
                + "and action = 'SUBMIT_REFERRAL'", caseId));
        // The same request again is answered from the first and stores nothing, so it is not counted.
        anonymousSubmission(address, null, key).then().statusCode(201).body("id", equalTo(caseId));
        assertEquals(1, Rows.count(dataSource, "select sum(attempts) from attempt_window where bucket = ?", bucket));
        try (Connection c = dataSource.getConnection();
                PreparedStatement empty = c.prepareStatement("delete from attempt_window where bucket = ?")) {
            empty.setString(1, bucket);
            empty.executeUpdate();
        }
    }

    private static Response anonymousSubmission(String address, String bearer) {
        return anonymousSubmission(address, bearer, UUID.randomUUID().toString().replace("-", "") + "abcdef");
    }

    private static Response anonymousSubmission(String address, String bearer, String idempotencyKey) {
        var request = given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .header("Idempotency-Key", idempotencyKey);
        if (bearer != null) {
            request = request.auth().oauth2(bearer);
        }
        return request.body(Map.of("contactPlan", Map.of("channels", List.of("PORTAL")), "account", "Limits"))
                .post("/api/v1/anonymous/referrals");
    }

    @Test
    void thePageJourneysFinalStepSaysInPlainWordsWhenToTryAgainAndKeepsTheDraft() throws Exception {
        LimitsConfig.Limit limit = config.submissions();
        PageSession survivor = PageSession.signIn("survivor2");
        IntakePages.fillDraft(survivor, "A draft kept through a limit");
        atLimit(subjectBucket("submission", "survivor2"), limit.perSubject(), limit.window(), () -> {
            Response refused = survivor.request().header("Sec-Fetch-Site", "same-origin")
                    .formParam("csrf", survivor.csrfTokenFrom("/my/tell-us/check")).post("/my/tell-us/send");
            refusedWithRetryAfter(refused, limit.window());
            refused.then().contentType(containsString("text/html"))
                    .body(containsString("Wait " + limit.window().toMinutes() + " minutes, then try again."));
        });
        Response sent = survivor.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", survivor.csrfTokenFrom("/my/tell-us/check")).post("/my/tell-us/send");
        assertEquals(303, sent.statusCode(), "the draft waited for the limit to pass");
    }

    @Test
    void aSurvivorsMessagesAreLimitedPerClient() throws Exception {
        String id = new Casework(tokens).newCase(Map.of());
        String address = someAddress(62);
        LimitsConfig.Limit limit = config.messages();
        atLimit(clientBucket("message", address), limit.perClient(), limit.window(), () -> {
            refusedWithRetryAfter(tokens.as("survivor1").header("X-Forwarded-For", address)
                    .body(Map.of("text", "One too many")).post("/api/v1/me/cases/" + id + "/messages"), limit.window());
            refusedWithRetryAfter(tokens.as("survivor1").header("X-Forwarded-For", address)
                    .body(Map.of("text", "One too many")).post("/api/v1/me/cases/" + id + "/additions"),
                    limit.window());
            tokens.as("survivor1").header("X-Forwarded-For", someAddress(62)).body(Map.of("text", "From elsewhere"))
                    .post("/api/v1/me/cases/" + id + "/messages").then().statusCode(201);
        });
    }

    @Test
    void aCaseworkersMessagesAreLimitedPerSubject() throws Exception {
        Casework casework = new Casework(tokens);
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        LimitsConfig.Limit limit = config.messages();
        atLimit(subjectBucket("message", "caseworker1"), limit.perSubject(), limit.window(), () -> {
            refusedWithRetryAfter(tokens.as("caseworker1").body(Map.of("text", "One too many"))
                    .post("/api/v1/cases/" + id + "/messages"), limit.window());
            assertEquals(0, Rows.count(dataSource, "select count(*) from case_message where case_id = ?",
                    UUID.fromString(id)));
        });
        tokens.as("caseworker1").body(Map.of("text", "After the window")).post("/api/v1/cases/" + id + "/messages")
                .then().statusCode(201);
    }

    @Test
    void startsWithoutAnAccountHaveAnOverallCap() throws Exception {
        Duration window = anonymous.attemptWindow();
        atLimit("receipt-start:all", anonymous.startsOverall(), window, () -> {
            refusedWithRetryAfter(anonymousSubmission(someAddress(63), null), window);
            ReceiptPageSession browser = new ReceiptPageSession(someAddress(63));
            String csrf = ReceiptPageSession.csrfFrom(browser.get("/receipt/start"));
            Response refused = browser.request().formParam("csrf", csrf).post("/receipt/start");
            refusedWithRetryAfter(refused, window);
            refused.then().body(containsString("Wait " + window.toMinutes() + " minutes"));
        });
        anonymousSubmission(someAddress(63), null).then().statusCode(201);
    }

    @Test
    void startsWithoutAnAccountAreAlsoCountedPerSubjectWhereThereIsOne() throws Exception {
        String address = someAddress(64);
        String subject = tokens.as("survivor2").get("/api/v1/me").then().extract().path("subject");
        atLimit("receipt-start:subject:" + pseudonyms.of("subject", subject), anonymous.startsPerClient(),
                anonymous.attemptWindow(), () -> {
                    refusedWithRetryAfter(anonymousSubmission(address, tokens.forUser("survivor2")),
                            anonymous.attemptWindow());
                    anonymousSubmission(address, null).then().statusCode(201);
                });
    }

    @Test
    void checkingTheCodeAtTheConfirmationStepIsLimitedPerSession() {
        String address = someAddress(65);
        ReceiptPageSession browser = new ReceiptPageSession(address);
        Response shown = browser.startWithoutAccount();
        String code = ReceiptPageSession.codeOn(shown);
        String csrf = ReceiptPageSession.csrfFrom(shown);
        for (int check = 1; check <= anonymous.checksPerSubject(); check++) {
            browser.request().formParam("csrf", csrf).formParam("receiptCode", code).post("/receipt/saved").then()
                    .statusCode(422);
        }
        refusedWithRetryAfter(browser.request().formParam("csrf", csrf).formParam("receiptCode", code)
                .post("/receipt/saved"), anonymous.attemptWindow());
        // Another session from the same address has its own allowance (the address's is larger).
        ReceiptPageSession other = new ReceiptPageSession(address);
        Response otherShown = other.startWithoutAccount();
        other.request().formParam("csrf", ReceiptPageSession.csrfFrom(otherShown))
                .formParam("receiptCode", ReceiptPageSession.codeOn(otherShown)).post("/receipt/saved").then()
                .statusCode(422);
    }
}
