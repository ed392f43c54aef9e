package org.safeguarding.portal.security;

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
}
