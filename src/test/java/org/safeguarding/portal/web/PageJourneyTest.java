package org.safeguarding.portal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.PageSession;

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

        Response sent = survivor.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", survivor.csrfTokenFrom("/my/tell-us"))
                .formParam("idempotencyKey", UUID.randomUUID().toString())
                .formParam("account", account)
                .post("/my/tell-us");
        assertEquals(303, sent.statusCode(), "post/redirect/get after a submission");
        Matcher location = CASE_LOCATION.matcher(sent.header("Location"));
        assertTrue(location.find(), "redirects to the new case, was " + sent.header("Location"));
        String caseId = location.group(1);

        Response confirmation = survivor.get("/my/cases/" + caseId + "?received=true");
        confirmation.then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("id=\"received\"")).body(containsString(account))
                .body(containsString("id=\"acknowledgement\"")).body(containsString("portal-ack/v1"));
        String reference = between(confirmation.asString(), "<strong id=\"reference\">", "</strong>");
        survivor.get("/my/cases").then().statusCode(200).body(containsString(reference))
                .body(containsString("Received"));

        PageSession caseworker = PageSession.signIn("caseworker1");
        caseworker.get("/casework").then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString(reference)).body(not(containsString(account)));
        caseworker.get("/casework/cases/" + caseId).then().statusCode(200).body(containsString(account));
        assertEquals(1, auditRows(caseId, "VIEW_CASE"), "opening the record from the page is audited");

        PageSession board = PageSession.signIn("board1");
        board.get("/board").then().statusCode(200).body(not(containsString(reference)))
                .body(not(containsString(account)));
        board.get("/casework").then().statusCode(403).body(not(containsString(reference)));
        board.get("/casework/cases/" + caseId).then().statusCode(403).body(not(containsString(account)));
        board.get("/my/cases/" + caseId).then().statusCode(403).body(not(containsString(account)));
        assertEquals(1, auditRows(caseId, "VIEW_CASE"), "refused requests are not audited as reads");
    }

    @Test
    void anotherSurvivorsCasePageIsNotFound() {
        PageSession owner = PageSession.signIn("survivor1");
        String location = owner.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", owner.csrfTokenFrom("/my/tell-us"))
                .formParam("idempotencyKey", UUID.randomUUID().toString())
                .formParam("account", "Only for survivor one")
                .post("/my/tell-us").then().statusCode(303).extract().header("Location");
        String casePath = location.replaceFirst("^https?://[^/]+", "").replace("?received=true", "");

        PageSession other = PageSession.signIn("survivor2");
        other.get(casePath).then().statusCode(404).body(not(containsString("Only for survivor one")));
        other.get("/my/cases").then().statusCode(200).body(not(containsString(casePath)));
    }

    @Test
    void anEmptyAccountShowsTheFormAgainWithAnErrorAndStoresNothing() throws Exception {
        PageSession survivor = PageSession.signIn("survivor2");
        long before = count("select count(*) from referral");
        survivor.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", survivor.csrfTokenFrom("/my/tell-us"))
                .formParam("idempotencyKey", UUID.randomUUID().toString())
                .formParam("account", "   ")
                .post("/my/tell-us").then().statusCode(422)
                .body(containsString("id=\"error-summary\"")).body(containsString("Write something in the box"));
        assertEquals(before, count("select count(*) from referral"));
    }

    @Test
    void scriptInAnAccountIsShownAsTextNeverRun() {
        String account = "<script>alert('x')</script> & <b>bold</b>";
        PageSession survivor = PageSession.signIn("survivor1");
        String location = survivor.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", survivor.csrfTokenFrom("/my/tell-us"))
                .formParam("idempotencyKey", UUID.randomUUID().toString())
                .formParam("account", account)
                .post("/my/tell-us").then().statusCode(303).extract().header("Location");
        String page = survivor.get(location.replaceFirst("^https?://[^/]+", "")).asString();
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                || page.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
                "the account is escaped");
        assertTrue(!page.contains("<script>alert"), "the raw script never reaches the page");
    }

    private long auditRows(String caseId, String action) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select count(*) from audit_event where record_id = ? and action = ?")) {
            q.setObject(1, UUID.fromString(caseId));
            q.setString(2, action);
            ResultSet rows = q.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "missing " + start);
        from += start.length();
        return text.substring(from, text.indexOf(end, from)).trim();
    }
}
