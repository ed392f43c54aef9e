package org.safeguarding.portal.security.origin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.LogCapture;
import org.safeguarding.portal.testing.ReceiptPageSession;
import org.safeguarding.portal.testing.Tokens;

/**
 * Security events reach their own category (portal.security), one line per refused request, with the kind, the route
 * template, the keyed subject, session and client and the correlation id, and nothing the request carried: no typed
 * text, no raw address, no raw subject, no raw path.
 */
@QuarkusTest
class SecurityEventsTest {

    private static final Pattern CORRELATION = Pattern.compile("correlation=[0-9a-f-]{36}");

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    Pseudonyms pseudonyms;
    @Inject
    RequestOrigin origin;

    private Tokens tokens;
    private final String address = "10.44." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
    }

    private String client() {
        return pseudonyms.of("client", address);
    }

    private String subjectOf(String user) {
        return tokens.as(user).get("/api/v1/me").then().statusCode(200).extract().path("subject");
    }

    private static String only(List<String> lines) {
        assertEquals(1, lines.size(), "one event: " + lines);
        return lines.get(0);
    }

    private static void assertCarriesNothingRaw(String line, String... raw) {
        assertTrue(CORRELATION.matcher(line).find(), "a correlation id: " + line);
        for (String value : raw) {
            assertTrue(!line.contains(value), "'" + value + "' in " + line);
        }
    }

    @Test
    void aRequestWithoutAValidTokenIsAnUnauthenticatedEvent() {
        try (LogCapture log = LogCapture.start()) {
            given().header("X-Forwarded-For", address).auth().oauth2("forged.token.Canary401")
                    .get("/api/v1/me/cases").then().statusCode(401);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("kind=unauthenticated") && line.contains("status=401")
                    && line.contains("route=/api/v1/me/cases") && line.contains("method=GET"), line);
            assertTrue(line.contains("client=" + client()), line);
            assertCarriesNothingRaw(line, address, "Canary401");
        }
    }

    @Test
    void aRoleThatMayNotIsAForbiddenEventWithTheKeyedSubjectAndSession() {
        String survivor = subjectOf("survivor1");
        String id = UUID.randomUUID().toString();
        try (LogCapture log = LogCapture.start()) {
            tokens.as("survivor1").header("X-Forwarded-For", address).get("/api/v1/cases/" + id).then()
                    .statusCode(403);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("kind=forbidden") && line.contains("route=/api/v1/cases/{id}"), line);
            assertTrue(line.contains("subject=" + pseudonyms.of("subject", survivor)), line);
            assertTrue(line.matches(".* session=[A-Za-z0-9_-]{43} .*"),
                    "a bearer token names its session (sid): " + line);
            assertCarriesNothingRaw(line, address, survivor, id);
        }
    }

    @Test
    void anotherSurvivorsCaseIsANotFoundOwnedEventAndTheTypedTextIsNowhere() {
        String theirs = new Casework(tokens).newCase(Map.of());
        try (LogCapture log = LogCapture.start()) {
            tokens.as("survivor2").header("X-Forwarded-For", address).body(Map.of("text", "EventCanary-message"))
                    .post("/api/v1/me/cases/" + theirs + "/messages").then().statusCode(404);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("kind=not-found-owned") && line.contains("route=/api/v1/me/cases/{id}/messages")
                    && line.contains("method=POST"), line);
            assertCarriesNothingRaw(line, address, theirs);
            assertEquals(List.of(), log.linesContaining("EventCanary"), "the message's text in the log");
        }
    }

    @Test
    void aPathNoRouteAnswersIsNotAnEventButAStaffRefusalIs() {
        try (LogCapture log = LogCapture.start()) {
            given().get("/no-such-page/EventCanary-path").then().statusCode(404);
            tokens.as("survivor1").get("/api/v1/cases").then().statusCode(403);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("kind=forbidden") && line.contains("route=/api/v1/cases"), line);
            assertEquals(List.of(), log.linesContaining("EventCanary"));
        }
    }

    @Test
    void aCsrfRefusalIsOneEventOfItsOwnKind() {
        ReceiptPageSession browser = new ReceiptPageSession(address);
        browser.get("/receipt/come-back");
        try (LogCapture log = LogCapture.start()) {
            browser.request().formParam("csrf", "forged").formParam("receiptCode", "EventCanary-code")
                    .post("/receipt/come-back").then().statusCode(403);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("kind=csrf-refused") && line.contains("status=403")
                    && line.contains("route=/receipt/come-back") && line.contains("client=" + client()), line);
            assertCarriesNothingRaw(line, address);
            assertEquals(List.of(), log.linesContaining("EventCanary"));
        }
    }

    @Test
    void aReceiptCodeThatOpensNothingIsAnEventWithoutTheCode() {
        try (LogCapture log = LogCapture.start()) {
            given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                    .body(Map.of("receiptCode", "1234 5678 9012 3456 7890")).post("/api/v1/anonymous/sessions")
                    .then().statusCode(401);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("kind=receipt-code-failed") && line.contains("status=401")
                    && line.contains("route=/api/v1/anonymous/sessions"), line);
            assertCarriesNothingRaw(line, address, "1234", "12345678901234567890");
        }
    }

    @Test
    void breakGlassIsAnEventWithTheCaseworkersKeyedSubject() {
        Casework casework = new Casework(tokens);
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        String caseworker = subjectOf("caseworker2");
        try (LogCapture log = LogCapture.start()) {
            tokens.as("caseworker2").header("X-Forwarded-For", address).body(Map.of("reason",
                    "URGENT_SAFEGUARDING_CONCERN", "explanation", "EventCanary-reason")).post("/api/v1/cases/" + id
                            + "/break-glass").then().statusCode(201);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("kind=break-glass") && line.contains("route=/api/v1/cases/{id}/break-glass")
                    && line.contains("subject=" + pseudonyms.of("subject", caseworker)), line);
            assertCarriesNothingRaw(line, address, caseworker, id);
            assertEquals(List.of(), log.linesContaining("EventCanary"));
        }
    }

    /**
     * Through the running service: the local test proxy (127.0.0.1, trusted in the test profile) appends the client it
     * saw, which counts, and a leftmost entry the client forged does not; a peer that is no trusted proxy is itself the
     * client, whatever it writes.
     */
    @Test
    void theClientIsReadFromTheRightOfXForwardedForAndOnlyFromATrustedProxy() throws Exception {
        try (LogCapture log = LogCapture.start()) {
            given().header("X-Forwarded-For", "6.6.6.6, " + address).auth().oauth2("forged")
                    .get("/api/v1/me/cases").then().statusCode(401);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("client=" + client()), line);
        }
        try (LogCapture log = LogCapture.start();
                java.net.Socket socket = new java.net.Socket()) {
            // 127.0.0.2 is this machine too, but not a trusted proxy.
            socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", io.restassured.RestAssured.port), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/v1/me/cases HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer forged\r\nX-Forwarded-For: " + address + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertTrue(status.contains(" 401"), status);
            String line = only(log.linesOf(SecurityEvents.CATEGORY));
            assertTrue(line.contains("client=" + pseudonyms.of("client", "127.0.0.2")), line);
        }
    }

    /** A scheduled job has no request: every reference is null rather than a failure (the audit calls it anywhere). */
    @Test
    void outsideARequestThereIsNoOrigin() throws Exception {
        var seen = new java.util.concurrent.atomic.AtomicReference<List<String>>();
        Thread job = new Thread(() -> seen.set(java.util.Arrays.asList(origin.clientRef(), origin.subjectRef(),
                origin.sessionRef(), origin.correlationId())));
        job.start();
        job.join(10_000);
        assertEquals(java.util.Arrays.asList(null, null, null, null), seen.get());
    }
}
