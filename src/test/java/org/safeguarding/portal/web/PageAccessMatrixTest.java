package org.safeguarding.portal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The pages' role matrix. Identities come from {@code @TestSecurity} (the wide matrix needs no login each time);
 * the real sign-in path is covered by PageJourneyTest and the browser test.
 */
@QuarkusTest
class PageAccessMatrixTest {

    private static final String SOME_CASE = "/casework/cases/00000000-0000-0000-0000-000000000000";

    /** Each of the record's action pages (one thing per page), GET and POST at the same path. */
    private static final String[] SOME_CASE_ACTIONS = { "/claim", "/transitions", "/contact-frequency", "/screening",
            "/onward-referrals", "/onward-referrals/00000000-0000-0000-0000-000000000001/status", "/messages", "/notes",
            "/requests/00000000-0000-0000-0000-000000000001/answer" };

    private static void status(String path, int expected) {
        given().redirects().follow(false).get(path).then().statusCode(expected);
    }

    private static void landsOn(String target) {
        given().redirects().follow(false).get("/home").then().statusCode(303).header("Location", endsWith(target));
    }

    @Test
    void withoutSignInOnlyThePublicPagesOpenAndTheRestRedirectToSignIn() {
        status("/", 200);
        status("/signed-out", 200);
        for (String path : new String[] { "/home", "/my/cases", "/my/tell-us", "/casework", "/board" }) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", containsString("/realms/portal/protocol/openid-connect/auth"));
        }
    }

    @Test
    @TestSecurity(user = "survivor-matrix", roles = "survivor")
    void survivorSeesSurvivorPagesOnly() {
        landsOn("/my/cases");
        status("/my/cases", 200);
        status("/my/tell-us/1", 200);
        status("/casework", 403);
        status(SOME_CASE, 403);
        for (String action : SOME_CASE_ACTIONS) {
            status(SOME_CASE + action, 403);
        }
        status("/board", 403);
    }

    @Test
    @TestSecurity(user = "survivor-matrix", roles = "survivor")
    void survivorPagesCarryTheQuickExitANeutralTitleAndNoAutocomplete() {
        given().get("/my/cases").then().statusCode(200)
                .body("html.head.title", equalTo("Your messages \u2013 Council services"))
                .body(containsString("id=\"quick-exit\""))
                .body(containsString("data-module=\"govuk-exit-this-page\""))
                .body(containsString("<script type=\"module\" src=\"/webjars/govuk-frontend/5.14.0/dist/govuk/"
                        + "govuk-frontend.min.js\"></script>"))
                .body(containsString("<script type=\"module\" src=\"/static/js/portal.js\"></script>"));
        given().get("/my/tell-us/1").then().statusCode(200)
                .body("html.head.title", equalTo("Question 1 of 7 \u2013 Council services"))
                .body(containsString("id=\"quick-exit\""))
                .body(containsString("autocomplete=\"off\""));
        given().get("/my/tell-us/2").then().statusCode(200)
                .body("html.head.title", equalTo("Question 2 of 7 \u2013 Council services"));
        given().get("/").then().statusCode(200).body(containsString("id=\"quick-exit\""));
    }

    @Test
    @TestSecurity(user = "caseworker-matrix", roles = "caseworker")
    void caseworkerSeesCaseworkPagesOnly() {
        landsOn("/casework");
        given().get("/casework").then().statusCode(200)
                .body("html.head.title", equalTo("Triage queue \u2013 Casework \u2013 Council services"))
                .body(org.hamcrest.Matchers.not(containsString("id=\"quick-exit\"")))
                .body(containsString("/static/js/portal.js"));
        given().get("/casework/escalations").then().statusCode(200)
                .body("html.head.title", equalTo("Broken charter promises \u2013 Casework \u2013 Council services"));
        status(SOME_CASE, 404);
        status("/casework/cases/not-a-case", 404);
        for (String action : SOME_CASE_ACTIONS) {
            status(SOME_CASE + action, 404);
            status("/casework/cases/not-a-case" + action, 404);
        }
        status("/my/cases", 403);
        status("/my/tell-us", 403);
        status("/board", 403);
    }

    @Test
    @TestSecurity(user = "board-matrix", roles = "board")
    void boardSeesTheBoardPageOnly() {
        landsOn("/board");
        // Titles come from the message bundle, read as UTF-8: the dash must arrive as a dash, not an escape.
        given().get("/board").then().statusCode(200)
                .body("html.head.title", equalTo("Board statistics \u2013 Council services"));
        status("/casework", 403);
        status(SOME_CASE, 403);
        for (String action : SOME_CASE_ACTIONS) {
            status(SOME_CASE + action, 403);
        }
        status("/my/cases", 403);
        status("/my/tell-us", 403);
    }
}
