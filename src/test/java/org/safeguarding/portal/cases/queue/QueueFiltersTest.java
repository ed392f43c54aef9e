package org.safeguarding.portal.cases.queue;

import org.safeguarding.portal.testing.Casework;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Tokens;

/** The queue's order by risk and its filters (status, risk, assignee, unassigned), through the API and the page. */
@QuarkusTest
class QueueFiltersTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    /** Every id the queue lists for this query, following the Link header page by page. */
    private List<String> walk(String caseworker, String query) {
        List<String> ids = new ArrayList<>();
        String path = "/api/v1/cases" + query;
        while (path != null) {
            Response page = tokens.as(caseworker).get(path);
            page.then().statusCode(200);
            ids.addAll(page.path("id"));
            String link = page.header("Link");
            Matcher next = link == null ? null : NEXT.matcher(link);
            path = next != null && next.find() ? next.group(1) : null;
        }
        return ids;
    }

    /** A withdrawn case is not worked: the queue leaves it out unless asked for by its status, as a closed one. */
    @Test
    void aWithdrawnCaseLeavesTheQueueAndIsListedByItsStatus() {
        String withdrawn = casework.newCase(Map.of());
        String open = casework.newCase(Map.of());
        tokens.as("survivor1").post("/api/v1/me/cases/" + withdrawn + "/withdrawal").then().statusCode(200);
        List<String> all = walk("caseworker1", "?unassigned=true");
        assertTrue(all.contains(open));
        assertFalse(all.contains(withdrawn), "the default queue leaves a withdrawn case out");
        assertTrue(walk("caseworker1", "?status=WITHDRAWN").contains(withdrawn));
    }

    @Test
    void urgentCasesComeFirstAndFiltersNarrowTheQueue() {
        String unscreened = casework.newCase(Map.of());
        String riskNow = casework.newCase(Map.of(), true);
        String high = casework.newCase(Map.of());
        casework.screen("caseworker1", high, Map.of("risk", "HIGH")).then().statusCode(201);
        String low = casework.newCase(Map.of());
        casework.screen("caseworker1", low, Map.of("risk", "LOW")).then().statusCode(201);
        casework.claim("caseworker1", low);

        List<String> all = walk("caseworker1", "");
        assertTrue(all.indexOf(riskNow) < all.indexOf(unscreened), "someone at risk now before unscreened");
        assertTrue(all.indexOf(high) < all.indexOf(unscreened), "High before unscreened");
        assertTrue(all.indexOf(unscreened) < all.indexOf(low), "unscreened before Low");

        List<String> highOnly = walk("caseworker1", "?risk=HIGH");
        assertTrue(highOnly.contains(high));
        assertFalse(highOnly.contains(low) || highOnly.contains(unscreened));
        List<String> notScreened = walk("caseworker1", "?risk=UNSCREENED");
        assertTrue(notScreened.contains(unscreened) && notScreened.contains(riskNow));
        assertFalse(notScreened.contains(high));

        List<String> mine = walk("caseworker1", "?assignee=me");
        assertTrue(mine.contains(low));
        assertFalse(mine.contains(high));
        assertFalse(walk("caseworker2", "?assignee=me").contains(low));
        List<String> unassigned = walk("caseworker1", "?unassigned=true");
        assertTrue(unassigned.contains(high));
        assertFalse(unassigned.contains(low));
        List<String> submitted = walk("caseworker1", "?status=SUBMITTED&risk=LOW");
        assertTrue(submitted.contains(low));
    }

    @Test
    void closedCasesLeaveTheQueueButCanBeListed() {
        String id = casework.assignedCase(Map.of(), Map.of());
        for (String next : List.of("NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            casework.move("caseworker1", id, next, null, null).then().statusCode(200);
        }
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, "Support finished, as we agreed",
                "SUPPORT_COMPLETED").then()
                .statusCode(200);
        casework.move("caseworker2", id, "CLOSED", null, null).then().statusCode(200);
        assertFalse(walk("caseworker1", "").contains(id));
        assertTrue(walk("caseworker1", "?status=CLOSED").contains(id));
    }

    @Test
    void anUnknownFilterValueIsABadRequestNotAWiderList() {
        tokens.as("caseworker1").get("/api/v1/cases?risk=SEVERE").then().statusCode(400);
        tokens.as("caseworker1").get("/api/v1/cases?status=LOST").then().statusCode(400);
        PageSession.signIn("caseworker1").get("/casework?status=LOST").then().statusCode(400);
    }

    /** No subject holds a control character, and PostgreSQL refuses a NUL in text: a 400, never a failed query. */
    @Test
    void anAssigneeNoSubjectCanBeIsABadRequest() {
        tokens.as("caseworker1").urlEncodingEnabled(false).get("/api/v1/cases?assignee=a%00b").then().statusCode(400);
        PageSession.signIn("caseworker1").request().urlEncodingEnabled(false).get("/casework?assignee=%00").then()
                .statusCode(400);
    }

    @Test
    void theQueuePageMarksUrgentCasesInWordsAndFilters() {
        String riskNow = casework.newCase(Map.of(), true);
        PageSession page = PageSession.signIn("caseworker1");
        String html = page.get("/casework?risk=UNSCREENED").then().statusCode(200).extract().asString();
        assertTrue(html.contains(riskNow));
        int row = html.indexOf(riskNow);
        assertTrue(html.substring(row, html.indexOf("</tr>", row)).contains(">Urgent<"), "urgent in words");
        page.get("/casework?risk=HIGH").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString(riskNow)));
    }
}
