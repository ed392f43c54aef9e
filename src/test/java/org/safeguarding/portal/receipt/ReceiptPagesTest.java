package org.safeguarding.portal.receipt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.ReceiptPageSession;

/**
 * The journey without an account, as pages with JavaScript off: a receipt code first, shown once and confirmed as
 * saved; then the intake steps; then coming back with the code to exactly that case.
 */
@QuarkusTest
class ReceiptPagesTest {

    @jakarta.inject.Inject
    AnonymousIntakeConfig config;

    private static String sendDraft(ReceiptPageSession session, String account) {
        session.post("/my/tell-us/1", "account", account).then().statusCode(303);
        session.post("/my/tell-us/5", "noContact", "true").then().statusCode(303);
        Response sent = session.post("/my/tell-us/send");
        assertEquals(303, sent.statusCode());
        return sent.header("Location");
    }

    @Test
    void theCodeIsShownOnceAndMustBeConfirmedAsSavedBeforeTheFirstQuestion() {
        ReceiptPageSession session = new ReceiptPageSession();
        Response shown = session.startWithoutAccount();
        String code = ReceiptPageSession.codeOn(shown);
        assertTrue(code.matches("[0-9]{4}( [0-9]{4}){4}"), code);
        assertNotNull(session.cookie("portal_receipt"), "the session cookie is set with the code");
        assertTrue(shown.getHeader("Cache-Control").contains("no-store"));
        shown.then().header("Set-Cookie", containsString("SameSite=Strict"))
                .body(not(containsString("id=\"sign-in\"")));

        session.request().formParam("csrf", ReceiptPageSession.csrfFrom(shown)).formParam("receiptCode", code)
                .post("/receipt/saved").then().statusCode(422).body(containsString(code))
                .body(containsString("Tick the box"));
        session.request().formParam("csrf", ReceiptPageSession.csrfFrom(shown)).formParam("receiptCode", code)
                .formParam("saved", "yes").post("/receipt/saved").then().statusCode(303)
                .header("Location", endsWith("/my/tell-us/1"));
    }

    @Test
    void aCodeFromElsewhereCannotBeShownAgainThroughTheConfirmStep() {
        ReceiptPageSession mine = new ReceiptPageSession();
        Response shown = mine.startWithoutAccount();
        String theirs = ReceiptPageSession.codeOn(new ReceiptPageSession().startWithoutAccount());
        mine.request().formParam("csrf", ReceiptPageSession.csrfFrom(shown)).formParam("receiptCode", theirs)
                .post("/receipt/saved").then().statusCode(400).body(not(containsString(theirs)));
    }

    @Test
    void theWholeJourneyWithoutAnAccountEndsWithExactlyThatCaseBehindTheCode() {
        ReceiptPageSession session = new ReceiptPageSession();
        String code = session.startAndConfirm();
        String account = "Anonymous pages account " + UUID.randomUUID();
        String location = sendDraft(session, account);
        assertTrue(location.contains("/my/cases/") && location.endsWith("?received=true"), location);
        String casePath = location.replaceFirst("^https?://[^/]+", "").replace("?received=true", "");
        session.get(casePath).then().statusCode(200).body(containsString(account));
        session.get("/my/tell-us/1").then().statusCode(303).header("Location", endsWith("/my/cases"));

        session.post("/receipt/leave").then().statusCode(303);
        String oldCookie = session.cookie("portal_receipt");
        assertEquals(null, oldCookie, "leaving clears the session cookie");

        ReceiptPageSession later = new ReceiptPageSession();
        later.comeBack(code).then().statusCode(303).header("Location", endsWith("/my/cases"));
        later.get("/my/cases").then().statusCode(200).body(containsString(casePath))
                .body(containsString("id=\"leave\""));
        later.get(casePath).then().statusCode(200).body(containsString(account));
    }

    @Test
    void aDraftIsResumedWithTheCode() {
        ReceiptPageSession session = new ReceiptPageSession();
        String code = session.startAndConfirm();
        session.post("/my/tell-us/1", "account", "Half written, anonymously").then().statusCode(303);

        ReceiptPageSession later = new ReceiptPageSession();
        later.comeBack(code).then().statusCode(303);
        later.get("/my/cases").then().body(containsString("Continue where you left off"));
        later.get("/my/tell-us/1").then().statusCode(200).body(containsString("Half written, anonymously"));
    }

    @Test
    void aWrongCodeGetsTheSamePageWhateverWasTyped() {
        ReceiptPageSession session = new ReceiptPageSession();
        String unknown = session.comeBack("1111 2222 3333 4444 5555").then().statusCode(401)
                .body(containsString("We could not open anything with that code")).extract().asString();
        String malformed = session.comeBack("not a code").then().statusCode(401).extract().asString();
        assertEquals(stripTokens(unknown), stripTokens(malformed));
    }

    @Test
    void anEndedSessionSendsThePersonToComeBackWithTheirCode() {
        ReceiptPageSession session = new ReceiptPageSession();
        session.startAndConfirm();
        given().redirects().follow(false).cookie("portal_receipt", "no-such-session").get("/my/cases").then()
                .statusCode(302).header("Location", endsWith("/receipt/come-back?expired=true"));
    }

    @Test
    void startingIsRefusedWithoutThePagesTokenOrFromAnotherSite() {
        ReceiptPageSession session = new ReceiptPageSession();
        String csrf = ReceiptPageSession.csrfFrom(session.get("/receipt/start"));
        session.request().post("/receipt/start").then().statusCode(403);
        session.request().formParam("csrf", "forged").post("/receipt/start").then().statusCode(403);
        session.requestFrom("cross-site").formParam("csrf", csrf).post("/receipt/start").then().statusCode(403);
        // A token from another browser's pre-session cookie does not fit this one.
        String otherCsrf = ReceiptPageSession.csrfFrom(new ReceiptPageSession().get("/receipt/start"));
        session.request().formParam("csrf", otherCsrf).post("/receipt/start").then().statusCode(403);
    }

    @Test
    void handingOutCodesIsLimitedPerClient() {
        ReceiptPageSession session = new ReceiptPageSession();
        String csrf = ReceiptPageSession.csrfFrom(session.get("/receipt/start"));
        for (int start = 1; start <= 20; start++) {
            session.request().formParam("csrf", csrf).post("/receipt/start").then().statusCode(200);
        }
        session.request().formParam("csrf", csrf).post("/receipt/start").then().statusCode(429)
                .body(containsString("Too many tries")).body(not(containsString("receipt-code")));
    }

    @Test
    void theSessionCookieLastsForTheBrowserSessionOnlyAndTheServerDecidesWhenTheSessionEnds() {
        Response started = new ReceiptPageSession().startWithoutAccount();
        Response opened = new ReceiptPageSession().comeBack(ReceiptPageSession.codeOn(started));
        assertEquals(303, opened.statusCode());
        for (Response response : java.util.List.of(started, opened)) {
            String cookie = response.getHeaders().getValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("portal_receipt=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no receipt session cookie"));
            java.util.List<String> attributes = java.util.Arrays.stream(cookie.split(";")).skip(1)
                    .map(a -> a.trim().toLowerCase(java.util.Locale.ROOT)).toList();
            assertTrue(attributes.stream().noneMatch(a -> a.startsWith("max-age") || a.startsWith("expires")),
                    "a session cookie, gone when the browser closes: " + cookie);
            assertTrue(attributes.containsAll(java.util.List.of("httponly", "samesite=strict", "path=/")), cookie);
        }
    }

    /**
     * Attempts one client makes past its own limit are refused without using up the service-wide budget: a client
     * that keeps hammering for more than the whole budget's count does not lock out someone else with the right code.
     */
    @Test
    void oneClientHammeringPastItsLimitDoesNotLockOthersOut() {
        ReceiptPageSession owner = new ReceiptPageSession("10.8.0.1");
        String code = owner.startAndConfirm();
        ReceiptPageSession hammering = new ReceiptPageSession("10.9.0.1");
        String csrf = ReceiptPageSession.csrfFrom(hammering.get("/receipt/come-back"));
        int perClient = config.attemptsPerClient();
        int overall = config.attemptsOverall();
        for (int attempt = 1; attempt <= overall + perClient + 1; attempt++) {
            int status = hammering.request().formParam("csrf", csrf)
                    .formParam("receiptCode", "9999 9999 9999 9999 " + String.format("%04d", attempt))
                    .post("/receipt/come-back").statusCode();
            assertEquals(attempt <= perClient ? 401 : 429, status, "attempt " + attempt);
        }
        hammering.comeBack(code).then().statusCode(429).body(containsString("Too many tries"));

        new ReceiptPageSession("10.8.0.2").comeBack(code).then().statusCode(303)
                .header("Location", endsWith("/my/cases"));
    }

    @Test
    void aReceiptSessionReachesNoStaffPage() {
        ReceiptPageSession session = new ReceiptPageSession();
        session.startAndConfirm();
        session.get("/casework").then().statusCode(403);
        session.get("/board").then().statusCode(403);
    }

    /** The pages differ only in their per-browser form token. */
    private static String stripTokens(String page) {
        return page.replaceAll("name=\"csrf\" value=\"[^\"]*\"", "");
    }
}
