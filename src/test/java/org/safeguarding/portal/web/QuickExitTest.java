package org.safeguarding.portal.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.ReceiptPageSession;

/**
 * The quick exit ends the browser's session on the server, then sends it to the neutral site, and nothing on the way
 * can hold it up: an ended or broken session, a missing form token, a stalled database.
 */
@QuarkusTest
class QuickExitTest {

    @ConfigProperty(name = "portal.quick-exit.url")
    String neutralSite;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource database;

    private void assertLeavesForTheNeutralSite(Response exit) {
        assertEquals(303, exit.statusCode(), exit.asString());
        assertEquals(neutralSite, exit.header("Location"));
        assertTrue(exit.header("Cache-Control").contains("no-store"));
    }

    /** The cookie is cleared, or each of its chunks: a long session cookie comes as q_session_chunk_1, _2, …. */
    private static void assertCleared(Response exit, String cookie) {
        assertTrue(exit.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(set -> set.matches(cookie + "(_chunk_[0-9]+)?=;.*") && set.contains("Max-Age=0")
                        && set.contains("Path=/")),
                cookie + " cleared: " + exit.getHeaders().getValues("Set-Cookie"));
    }

    @Test
    void aSignedInSurvivorsSessionEndsAtTheServerAndAtKeycloakAndTheOldCookieOpensNothing() throws Exception {
        Set<String> before = keycloakSessionsOf("survivor1");
        PageSession survivor = PageSession.signIn("survivor1");
        Set<String> ours = keycloakSessionsOf("survivor1");
        ours.removeAll(before);
        assertEquals(1, ours.size(), "one new Keycloak session: " + ours);
        survivor.get("/my/cases").then().statusCode(200);

        Response exit = survivor.get("/quick-exit");
        assertLeavesForTheNeutralSite(exit);
        assertCleared(exit, "q_session");
        assertFalse(exit.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(set -> set.startsWith("q_") && !set.contains("Max-Age=0")), "no sign-in cookie is set again");

        // The old cookie, replayed as someone who copied it would: refused (Quarkus answers a sign-in it cannot
        // accept with 401), never served.
        Response replayed = survivor.get("/my/cases");
        assertEquals(401, replayed.statusCode());
        assertFalse(replayed.asString().contains("my-cases"), "nothing of the page");
        survivor.request().get("/api/v1/me").then().statusCode(401);

        // Keycloak ends the session itself too (asked from the server, so a moment after the browser has left).
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (keycloakSessionsOf("survivor1").containsAll(ours) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(keycloakSessionsOf("survivor1").containsAll(ours), "the Keycloak session is ended");
    }

    /**
     * Signing out lists the sign-in as ended too (security/session/SignOutEndsTheSignIn): Quarkus clears the cookie
     * and sends the browser to Keycloak to end its session, but a copy of the cookie taken before would otherwise
     * open pages until its tokens expired.
     */
    @Test
    void signingOutLeavesACopiedCookieOpeningNothing() throws Exception {
        PageSession survivor = PageSession.signIn("survivor1");
        survivor.get("/my/cases").then().statusCode(200);
        Response out = survivor.get("/sign-out");
        assertEquals(302, out.statusCode(), out.asString());
        assertTrue(out.header("Location").contains("/protocol/openid-connect/logout"), out.header("Location"));
        // Listed a moment after the browser is sent on (the logout runs on an I/O thread).
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            status = survivor.get("/my/cases").statusCode();
        } while (status == 200 && System.nanoTime() < deadline && sleep(100));
        assertEquals(401, status, "the copied cookie opens nothing");
        survivor.request().get("/api/v1/me").then().statusCode(401);
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    @Test
    void aReceiptSessionEndsAtTheServerAndItsCookieIsCleared() {
        ReceiptPageSession anonymous = new ReceiptPageSession();
        anonymous.startAndConfirm();
        String token = anonymous.cookie("portal_receipt");
        anonymous.get("/my/cases").then().statusCode(200);

        Response exit = anonymous.get("/quick-exit");
        assertLeavesForTheNeutralSite(exit);
        assertCleared(exit, "portal_receipt");

        given().redirects().follow(false).cookie("portal_receipt", token).get("/my/cases").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.containsString("/receipt/come-back"));
        given().header("Authorization", "Receipt " + token).get("/api/v1/me/cases").then().statusCode(401);
    }

    @Test
    void brokenOrEndedSessionsAndMissingFormTokensStillLeaveAtOnce() {
        // Not a session Quarkus can open: it would otherwise send the browser to Keycloak to sign in again.
        Response brokenSignIn = given().redirects().follow(false).cookie("q_session", "not-a-session")
                .get("/quick-exit");
        assertLeavesForTheNeutralSite(brokenSignIn);
        assertCleared(brokenSignIn, "q_session");
        // An ended receipt session would otherwise be sent to "come back with your code".
        assertLeavesForTheNeutralSite(given().redirects().follow(false).cookie("portal_receipt", "ended-long-ago")
                .get("/quick-exit"));
        // A form post without a token would otherwise be refused (403).
        assertLeavesForTheNeutralSite(given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/quick-exit"));
        assertLeavesForTheNeutralSite(given().redirects().follow(false).get("/quick-exit"));
    }

    @Test
    void aStalledDatabaseDoesNotHoldTheExitBeyondItsDeadline() throws Exception {
        ReceiptPageSession anonymous = new ReceiptPageSession();
        anonymous.startAndConfirm();
        try (Connection blocker = database.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                // Every read of a receipt session now waits (up to the 10 s lock timeout).
                lock.execute("lock table anonymous_session in access exclusive mode");
            }
            long started = System.nanoTime();
            Response exit = anonymous.get("/quick-exit");
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertLeavesForTheNeutralSite(exit);
            assertCleared(exit, "portal_receipt");
            assertTrue(tookMillis < 3_000, "left after " + tookMillis + " ms");
            blocker.rollback();
        }
    }

    /** Keycloak's own list of the person's sessions (admin API, the test Keycloak's bootstrap admin). */
    private Set<String> keycloakSessionsOf(String username) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(
                URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=admin")).build(), HttpResponse.BodyHandlers.ofString());
        String admin = field(token.body(), "access_token").get(0);
        HttpResponse<String> users = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl
                + "/admin/realms/portal/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        String userId = field(users.body(), "id").get(0);
        HttpResponse<String> sessions = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl
                + "/admin/realms/portal/users/" + userId + "/sessions"))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sessions.statusCode());
        return new HashSet<>(field(sessions.body(), "id"));
    }

    private static List<String> field(String json, String name) {
        Matcher found = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        List<String> values = new java.util.ArrayList<>();
        while (found.find()) {
            values.add(found.group(1));
        }
        return values;
    }
}
