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

    @Test
    void aMalformedCursorIsTheFirstPage() {
        Tokens tokens = new Tokens(keycloakUrl);
        List<String> first = given().auth().oauth2(tokens.forUser("caseworker1")).get("/api/v1/cases").path("id");
        List<String> malformed = given().auth().oauth2(tokens.forUser("caseworker1"))
                .get("/api/v1/cases?cursor=!!not-a-cursor").path("id");
        assertEquals(first, malformed);
    }
}
