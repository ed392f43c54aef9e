package org.safeguarding.portal.cases.queue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.Tokens;

/** The queue is paged by position (keyset), so walking it shows every case once, oldest first. */
@QuarkusTest
class QueuePaginationTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    @Test
    void walkingTheQueueShowsEveryOpenCaseOnceInTheQueuesOrder() {
        Tokens tokens = new Tokens(keycloakUrl);
        // Enough cases for more than one page whatever else the run has stored.
        for (int i = 0; i < CaseQueue.PAGE_SIZE + 5; i++) {
            given().auth().oauth2(tokens.forUser("survivor2")).contentType(ContentType.JSON)
                    .body(Map.of("contactPlan", Map.of("noContact", true))).post("/api/v1/referrals")
                    .then().statusCode(201);
        }
        List<String> ids = new ArrayList<>();
        List<String> order = new ArrayList<>();
        String path = "/api/v1/cases";
        int pages = 0;
        while (path != null) {
            Response page = given().auth().oauth2(tokens.forUser("caseworker1")).get(path);
            page.then().statusCode(200);
            List<String> pageIds = page.path("id");
            assertTrue(pageIds.size() <= CaseQueue.PAGE_SIZE);
            ids.addAll(pageIds);
            List<Map<String, Object>> rows = page.path("$");
            rows.forEach(row -> order.add((Boolean.TRUE.equals(row.get("escalated")) ? 0 : 1) + " " + rankOf(row) + " "
                    + (row.get("nextDue") == null ? "9999-12-31T00:00:00Z" : row.get("nextDue")) + " " + row.get("id")));
            String link = page.header("Link");
            Matcher next = link == null ? null : NEXT.matcher(link);
            path = next != null && next.find() ? next.group(1) : null;
            pages++;
        }
        assertTrue(pages >= 2, "more than one page");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no case twice");
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(java.util.Comparator.comparing((String row) -> row.substring(0, 3))
                .thenComparing(row -> java.time.Instant.parse(row.split(" ")[2]))
                .thenComparing(row -> row.split(" ")[3]));
        assertEquals(sorted, order, "broken promises first, then most urgent, then nearest deadline, across pages");
    }

    /** The queue's order as the summaries show it: High or at risk now, unscreened, Medium, Low. */
    private static int rankOf(Map<String, Object> row) {
        if (Boolean.TRUE.equals(row.get("riskNow"))) {
            return 0;
        }
        Object risk = row.get("risk");
        return risk == null ? 1 : "MEDIUM".equals(risk) ? 2 : 3;
    }

    private static final Pattern PREV = Pattern.compile("<([^>]+)>; rel=\"prev\"");

    /** The pages of the queue from the first, forwards; with {@code meanwhile} run after each page is read. */
    private static List<List<String>> walkForwards(String token, Runnable meanwhile, List<String> lastPath) {
        List<List<String>> pages = new ArrayList<>();
        String path = "/api/v1/cases";
        while (path != null) {
            Response page = given().auth().oauth2(token).get(path);
            page.then().statusCode(200);
            pages.add(page.path("id"));
            lastPath.clear();
            lastPath.add(path);
            meanwhile.run();
            path = link(page, NEXT);
        }
        return pages;
    }

    private static String link(Response page, Pattern rel) {
        String header = page.header("Link");
        Matcher found = header == null ? null : rel.matcher(header);
        return found != null && found.find() ? found.group(1) : null;
    }

    private void openCases(Tokens tokens, int count) {
        for (int i = 0; i < count; i++) {
            given().auth().oauth2(tokens.forUser("survivor2")).contentType(ContentType.JSON)
                    .body(Map.of("contactPlan", Map.of("noContact", true))).post("/api/v1/referrals")
                    .then().statusCode(201);
        }
    }

    @Test
    void walkingBackFromTheLastPageShowsTheSamePagesInTurn() {
        Tokens tokens = new Tokens(keycloakUrl);
        openCases(tokens, CaseQueue.PAGE_SIZE + 5);
        String token = tokens.forUser("caseworker1");
        List<String> lastPath = new ArrayList<>();
        List<List<String>> forwards = walkForwards(token, () -> { }, lastPath);
        assertTrue(forwards.size() >= 2, "more than one page");

        Response first = given().auth().oauth2(token).get("/api/v1/cases");
        assertEquals(null, link(first, PREV), "the first page has no previous page");
        Response page = given().auth().oauth2(token).get(lastPath.get(0));
        assertEquals(null, link(page, NEXT), "the last page has no next page");
        List<List<String>> backwards = new ArrayList<>();
        backwards.add(page.path("id"));
        for (String previous = link(page, PREV); previous != null; previous = link(page, PREV)) {
            page = given().auth().oauth2(token).get(previous);
            page.then().statusCode(200);
            backwards.add(page.path("id"));
        }
        java.util.Collections.reverse(backwards);
        assertEquals(forwards, backwards, "back from the end, page by page, to the first");
    }

    @Test
    void casesOpenedWhileSomeoneWalksTheQueueMakeNoneAppearTwiceOrGoMissing() {
        Tokens tokens = new Tokens(keycloakUrl);
        openCases(tokens, CaseQueue.PAGE_SIZE + 5);
        String token = tokens.forUser("caseworker1");
        List<String> before = everyOpenCase(token);
        List<String> lastPath = new ArrayList<>();
        // Three new cases after every page read: they land at the top, between pages and at the end.
        List<List<String>> forwards = walkForwards(token, () -> openCases(tokens, 3), lastPath);
        List<String> seen = forwards.stream().flatMap(List::stream).toList();
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no case twice walking forwards");
        assertTrue(seen.containsAll(before), "every case open before the walk is on a page");

        // Walking back from the last page, with three new cases before every step: every case that stood before
        // that page's first case shows up once.
        List<String> queueNow = everyOpenCase(token);
        Response page = given().auth().oauth2(token).get(lastPath.get(0));
        List<String> lastPage = page.path("id");
        List<String> backSeen = new ArrayList<>(lastPage);
        for (String previous = link(page, PREV); previous != null; previous = link(page, PREV)) {
            openCases(tokens, 3);
            page = given().auth().oauth2(token).get(previous);
            backSeen.addAll(page.path("id"));
        }
        assertEquals(backSeen.size(), new HashSet<>(backSeen).size(), "no case twice walking backwards");
        List<String> earlier = queueNow.subList(0, queueNow.indexOf(lastPage.get(0)));
        assertTrue(backSeen.containsAll(earlier), "every case before the last page is on a page walking back");
    }

    private static List<String> everyOpenCase(String token) {
        return walkForwards(token, () -> { }, new ArrayList<>()).stream().flatMap(List::stream).toList();
    }

    @Test
    void aMalformedCursorIsTheFirstPage() {
        Tokens tokens = new Tokens(keycloakUrl);
        List<String> first = given().auth().oauth2(tokens.forUser("caseworker1")).get("/api/v1/cases").path("id");
        List<String> malformed = given().auth().oauth2(tokens.forUser("caseworker1"))
                .get("/api/v1/cases?cursor=!!not-a-cursor").path("id");
        assertEquals(first, malformed);
    }
}
