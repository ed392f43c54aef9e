package org.safeguarding.portal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.IntakePages;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;

/**
 * The first slice through the pages with real sign-ins (Keycloak login form, code flow with PKCE): a survivor
 * submits an account with no JavaScript, sees it listed as received; a caseworker finds it in the queue and opens it,
 * which is audited; the board sees nothing of it anywhere.
 */
@QuarkusTest
class PageJourneyTest {

    private static final Pattern CASE_LOCATION = Pattern.compile("/my/cases/([0-9a-f-]{36})\\?received=true$");

    @Inject
    DataSource dataSource;

    @Test
    void survivorSubmitsThroughTheFormAndCaseworkerOpensItWhileTheBoardSeesNothing() throws Exception {
        String account = "Page journey account " + UUID.randomUUID();
        PageSession survivor = PageSession.signIn("survivor1");

        String location = IntakePages.send(survivor, account);
        Matcher caseLocation = CASE_LOCATION.matcher(location);
        assertTrue(caseLocation.find(), "redirects to the new case, was " + location);
        String caseId = caseLocation.group(1);

        Response confirmation = survivor.get("/my/cases/" + caseId + "?received=true");
        confirmation.then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("id=\"received\"")).body(containsString(account))
                .body(containsString("id=\"acknowledgement\"")).body(containsString("portal-ack/v1"));
        String reference = between(confirmation.asString(), "<strong id=\"reference\">", "</strong>");
        survivor.get("/my/cases").then().statusCode(200).body(containsString(reference))
                .body(containsString("Received"));

        PageSession caseworker = PageSession.signIn("caseworker1");
        String queuePage = findInQueue(caseworker, reference);
        assertTrue(!queuePage.contains(account), "the queue never shows an account");
        caseworker.get("/casework/cases/" + caseId).then().statusCode(200).body(containsString(account));
        assertEquals(1, Rows.audited(dataSource, caseId, "VIEW_CASE"), "opening the record from the page is audited");

        PageSession board = PageSession.signIn("board1");
        board.get("/board").then().statusCode(200).body(not(containsString(reference)))
                .body(not(containsString(account)));
        board.get("/casework").then().statusCode(403).body(not(containsString(reference)));
        board.get("/casework/cases/" + caseId).then().statusCode(403).body(not(containsString(account)));
        board.get("/my/cases/" + caseId).then().statusCode(403).body(not(containsString(account)));
        assertEquals(1, Rows.audited(dataSource, caseId, "VIEW_CASE"), "refused requests are not audited as reads");
    }

    @Test
    void anotherSurvivorsCasePageIsNotFound() {
        PageSession owner = PageSession.signIn("survivor1");
        String casePath = IntakePages.send(owner, "Only for survivor one").replace("?received=true", "");

        PageSession other = PageSession.signIn("survivor2");
        other.get(casePath).then().statusCode(404).body(not(containsString("Only for survivor one")));
        other.get("/my/cases").then().statusCode(200).body(not(containsString(casePath)));
    }

    @Test
    void aStepThatCannotBeSavedIsShownAgainWithAnErrorAndSendingRefusesAnIncompleteDraft() throws Exception {
        PageSession survivor = PageSession.signIn("survivor2");
        String csrf = survivor.csrfTokenFrom("/my/tell-us/5");
        survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf)
                .formParam("safeTimes", "evenings").post("/my/tell-us/5").then().statusCode(422)
                .body("html.head.title", equalTo("Error: Question 5 of 7 \u2013 Council services"))
                .body(containsString("id=\"error-summary\"")).body(containsString("Choose at least one safe way"))
                .body(containsString("value=\"evenings\""));

        long before = Rows.count(dataSource, "select count(*) from referral");
        survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf)
                .formParam("account", "No contact step yet").post("/my/tell-us/1").then().statusCode(303);
        survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf).post("/my/tell-us/send")
                .then().statusCode(422).body(containsString("href=\"/my/tell-us/5\""))
                .body("html.head.title", equalTo("Error: Check your answers \u2013 Council services"));
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
        survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf).post("/my/tell-us/delete")
                .then().statusCode(303);
    }

    @Test
    void scriptInAnAccountIsShownAsTextNeverRun() {
        String account = "<script>alert('x')</script> & <b>bold</b>";
        PageSession survivor = PageSession.signIn("survivor1");
        String page = survivor.get(IntakePages.send(survivor, account)).asString();
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                || page.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
                "the account is escaped");
        assertTrue(!page.contains("<script>alert"), "the raw script never reaches the page");
    }

    /** Walks the queue's pages (oldest first) until the reference shows; returns that page. */
    private static String findInQueue(PageSession caseworker, String reference) {
        String path = "/casework";
        for (int page = 0; page < 200; page++) {
            Response response = caseworker.get(path);
            response.then().statusCode(200).header("Cache-Control", "no-store");
            String html = response.asString();
            if (html.contains(reference)) {
                return html;
            }
            Matcher next = Pattern.compile("href=\"(/casework\\?cursor=[^\"]+)\"").matcher(html);
            assertTrue(next.find(), "the case is in the queue: " + reference);
            path = next.group(1);
        }
        throw new AssertionError("queue too long to walk");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "missing " + start);
        from += start.length();
        return text.substring(from, text.indexOf(end, from)).trim();
    }
}
