package org.safeguarding.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import org.safeguarding.portal.testing.IntakePages;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;

/**
 * Every form post must come from one of our own pages in the same sign-in session: a cross-site post (by Fetch
 * Metadata or Origin), a post without the session's token, or with another session's token is refused with 403 and
 * stores nothing. The session cookie is SameSite as well, which this test checks on the cookie itself.
 */
@QuarkusTest
class CsrfProtectionTest {

    @Inject
    DataSource dataSource;

    PageSession survivor;
    String token;

    @BeforeEach
    void signInWithADraftReadyToSend() {
        survivor = PageSession.signIn("survivor1");
        IntakePages.fillDraft(survivor, "CSRF test account");
        token = survivor.csrfTokenFrom("/my/tell-us/check");
    }

    /** "Send" on the check-your-answers page: the post that turns the draft into a case. */
    private RequestSpecification form(String csrf) {
        RequestSpecification request = survivor.request();
        return csrf == null ? request.formParam("unrelated", "x") : request.formParam("csrf", csrf);
    }

    @Test
    void aSameOriginPostWithTheSessionsTokenIsAccepted() {
        long before = Rows.count(dataSource, "select count(*) from referral");
        form(token).header("Sec-Fetch-Site", "same-origin").post("/my/tell-us/send").then().statusCode(303);
        assertEquals(before + 1, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void aCrossSitePostIsRefusedEvenWithTheRightToken() {
        long before = Rows.count(dataSource, "select count(*) from referral");
        form(token).header("Sec-Fetch-Site", "cross-site").post("/my/tell-us/send").then().statusCode(403);
        form(token).header("Sec-Fetch-Site", "same-site").post("/my/tell-us/send").then().statusCode(403);
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void aPostFromAnotherOriginIsRefusedWhereTheBrowserSendsNoFetchMetadata() {
        long before = Rows.count(dataSource, "select count(*) from referral");
        form(token).header("Origin", "https://attacker.example").post("/my/tell-us/send").then().statusCode(403);
        form(token).header("Origin", "null").post("/my/tell-us/send").then().statusCode(403);
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void aPostWithoutTheTokenIsRefused() {
        long before = Rows.count(dataSource, "select count(*) from referral");
        form(null).header("Sec-Fetch-Site", "same-origin").post("/my/tell-us/send").then().statusCode(403);
        form("forged-token").header("Sec-Fetch-Site", "same-origin").post("/my/tell-us/send").then().statusCode(403);
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void anotherSessionsTokenDoesNotWork() {
        String theirs = PageSession.signIn("survivor2").csrfTokenFrom("/my/tell-us/1");
        assertNotEquals(token, theirs);
        long before = Rows.count(dataSource, "select count(*) from referral");
        form(theirs).header("Sec-Fetch-Site", "same-origin").post("/my/tell-us/send").then().statusCode(403);
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void aNonFormPostToAPageIsRefused() {
        survivor.request().header("Sec-Fetch-Site", "same-origin").contentType("application/json")
                .body("{\"account\":\"x\",\"csrf\":\"" + token + "\"}").post("/my/tell-us/send").then().statusCode(403);
    }

    @Test
    void theSignInCookiesAreHttpOnlyAndSameSite() {
        String setCookie = io.restassured.RestAssured.given().redirects().follow(false).get("/home")
                .getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("q_auth"))
                .findFirst().orElseThrow(() -> new AssertionError("no state cookie on the sign-in redirect"));
        // Quarkus applies the same cookie settings to the state cookie here and the session cookie after sign-in.
        assertTrue(setCookie.toLowerCase().contains("; httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("; samesite=lax"), setCookie);
    }

}
