package org.safeguarding.portal.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.portal.reporting.close.PeriodClose;
import org.safeguarding.portal.reporting.close.Synthetic;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Everything the board can reach, walked: each endpoint answers the board and only the board, and none of them holds a
 * row about a person. A case made through the API with a marker in its note and a referral on a known day is in the
 * published period; neither the marker, nor the case's reference or id, nor any day-level date appears in any JSON,
 * CSV or page, and the JSON has no field outside the published table's.
 */
@QuarkusTest
class BoardAccessTest {

    private static final String CANARY = "CANARY-7f3e-board-must-never-see";
    private static final String QUARTER = "2020-Q1";
    private static final Pattern DAY_LEVEL_DATE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2} (January|February|March|April|May|June|July"
                    + "|August|September|October|November|December) \\d{4}");
    private static final Set<String> PUBLISHED_FIELDS = Set.of("period", "periodLabel", "release", "releaseLabel",
            "table", "title", "caption", "unit", "rowHeader", "columns", "rows", "notes", "legend", "key", "label",
            "cells", "id", "grain", "tables", "href", "csv");

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    PeriodClose close;
    @Inject
    Catalogue catalogue;

    private Tokens tokens;
    private static String caseId;
    private static String reference;

    @BeforeEach
    void publishAQuarterHoldingTheCanaryCase() throws Exception {
        tokens = new Tokens(keycloakUrl);
        if (caseId != null) {
            return;
        }
        caseId = tokens.as("survivor1").body(Map.of("account", "Board canary case " + CANARY,
                "contactPlan", Map.of("noContact", true))).post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
        reference = tokens.as("caseworker1").get("/api/v1/cases/" + caseId).then().statusCode(200).extract()
                .path("reference");
        tokens.as("caseworker1").body(Map.of("text", "She called him her boyfriend " + CANARY, "confirmReason",
                "Her own words " + CANARY)).post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201);
        Instant day = Instant.parse("2020-03-14T11:00:00Z");
        try (var c = dataSource.getConnection()) {
            for (String sql : List.of("update referral set submitted_at = ? where case_id = ?",
                    "update survivor_case set opened_at = ? where id = ?",
                    "update case_note_version set written_at = ? where note_id in "
                            + "(select id from case_note where case_id = ?)")) {
                try (var q = c.prepareStatement(sql)) {
                    q.setTimestamp(1, Timestamp.from(day));
                    q.setObject(2, UUID.fromString(caseId));
                    q.executeUpdate();
                }
            }
        }
        Synthetic data = new Synthetic(dataSource);
        for (int i = 0; i < 30; i++) {
            data.survivor("walk-" + UUID.randomUUID(), Instant.parse("2020-0" + (1 + i % 3) + "-1" + (i % 9)
                    + "T09:00:00Z"), i % 2 == 0 ? "SELF" : "SOMEONE_ELSE", "ADULT", "SUBMITTED");
        }
        close.close(ReportPeriod.quarter(2020, 1), Instant.parse("2020-04-20T00:00:00Z"));
    }

    /** Every board endpoint: the API and its CSVs for every published period, and every page. */
    private List<String> everyBoardEndpoint() {
        List<String> paths = new ArrayList<>(List.of("/api/v1/reports/periods", "/board"));
        for (String period : List.of("2020-01", "2020-02", "2020-03", QUARTER)) {
            paths.add("/api/v1/reports/" + period + "/tables");
            paths.add("/board/" + period);
            paths.add("/board/" + period + "/report");
            paths.add("/board/" + period + "/report.pdf");
            for (CatalogueTable table : catalogue.tables()) {
                paths.add("/api/v1/reports/" + period + "/tables/" + table.id());
                paths.add("/api/v1/reports/" + period + "/tables/" + table.id() + ".csv");
                paths.add("/board/" + period + "/" + table.id());
                paths.add("/board/" + period + "/" + table.id() + ".csv");
            }
        }
        return paths;
    }

    @Test
    void noBoardEndpointHoldsAnythingAboutAPerson() throws Exception {
        PageSession board = PageSession.signIn("board1");
        ObjectMapper json = new ObjectMapper();
        for (String path : everyBoardEndpoint()) {
            byte[] bytes = (path.startsWith("/api/") ? tokens.as("board1").get(path) : board.get(path))
                    .then().statusCode(200).extract().asByteArray();
            String body = path.endsWith(".pdf") ? pdfText(bytes) : new String(bytes, StandardCharsets.UTF_8);
            assertFalse(body.contains(CANARY), path + " shows the note's marker");
            assertFalse(body.contains(reference), path + " shows a case reference");
            assertFalse(body.contains(caseId), path + " shows a case id");
            assertFalse(DAY_LEVEL_DATE.matcher(body).find(), path + " shows a day-level date");
            if (path.startsWith("/api/") && !path.endsWith(".csv")) {
                assertOnlyPublishedFields(path, json.readTree(body));
            }
            if (path.endsWith(".csv")) {
                String[] lines = body.split("\r\n");
                String[] header = lines[1].split("\",\"");
                for (int l = 2; l < lines.length && !lines[l].isEmpty(); l++) {
                    String[] values = lines[l].split("\",\"");
                    for (int i = 1; i < values.length; i++) {
                        boolean count = !header[i].contains("(percent)") && !header[i].contains("(working days)");
                        assertFalse(count && values[i].replace("\"", "").matches("[1-9]"),
                                path + " publishes a small count: " + lines[l]);
                    }
                }
            }
        }
    }

    /** The words a PDF shows, as a reader would copy them. */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Survivors who came to us"), "the PDF holds the tables");
            return text;
        }
    }

    private static void assertOnlyPublishedFields(String path, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                assertTrue(PUBLISHED_FIELDS.contains(name), path + " has a field outside the published table: " + name);
                if (name.equals("rows")) {
                    assertNoSmallCount(path, node.get("columns"), node.get(name));
                }
                assertOnlyPublishedFields(path, node.get(name));
            }
        } else if (node.isArray()) {
            node.forEach(child -> assertOnlyPublishedFields(path, child));
        }
    }

    /** Every published count is 0, at least 10, or [c]: never 1 to 9 (percentages and medians may be any number). */
    private static void assertNoSmallCount(String path, JsonNode columns, JsonNode rows) {
        for (JsonNode row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                String unit = columns.get(i).path("unit").asText();
                JsonNode cell = row.path("cells").get(i);
                if (unit.equals("percent") || unit.equals("working days")) {
                    continue;
                }
                assertTrue(cell.isTextual() && cell.asText().equals("[c]") || cell.asLong() == 0
                        || cell.asLong() >= 10, path + " publishes " + cell + " " + unit);
            }
        }
    }

    /**
     * The table page's CSV link works with the page's sign-in (a browser has a session cookie, not a bearer token): the
     * page route answers the same bytes and headers as the API's CSV, and the page links to it, not to the API.
     */
    @Test
    void theTablePagesCsvIsServedUnderThePagesSignInWithTheSameBytesAsTheApi() {
        PageSession board = PageSession.signIn("board1");
        for (CatalogueTable table : catalogue.tables()) {
            String page = "/board/" + QUARTER + "/" + table.id();
            String pageCsv = page + ".csv";
            String apiCsv = "/api/v1/reports/" + QUARTER + "/tables/" + table.id() + ".csv";
            assertTrue(board.get(page).then().statusCode(200).extract().asString()
                    .contains("id=\"csv-link\" href=\"" + pageCsv + "\""), page + " links to " + pageCsv);
            var fromPage = board.get(pageCsv).then().statusCode(200).extract();
            var fromApi = tokens.as("board1").get(apiCsv).then().statusCode(200).extract();
            assertEquals("text/csv;charset=UTF-8", fromPage.contentType().replace(" ", ""), pageCsv);
            assertEquals(fromApi.contentType(), fromPage.contentType(), pageCsv);
            assertEquals("attachment; filename=\"" + QUARTER + "-" + table.id() + ".csv\"",
                    fromPage.header("Content-Disposition"), pageCsv);
            assertEquals(fromApi.header("Content-Disposition"), fromPage.header("Content-Disposition"), pageCsv);
            assertTrue(java.util.Arrays.equals(fromApi.asByteArray(), fromPage.asByteArray()), pageCsv + " = " + apiCsv);
        }
        // The page route keeps the API's refusals and its 404s.
        board.get("/board/" + QUARTER + "/referrals-received.csv?except=SELF").then().statusCode(400);
        board.get("/board/2014-01/referrals-received.csv").then().statusCode(404);
        board.get("/board/" + QUARTER + "/survivors-by-name.csv").then().statusCode(404);
        // Without a sign-in the page route sends the browser to sign in; it never serves the file.
        RestAssured.given().redirects().follow(false).get("/board/" + QUARTER + "/referrals-received.csv").then()
                .statusCode(302);
    }

    @Test
    void onlyTheBoardReachesTheBoardsEndpoints() {
        for (String user : List.of("survivor1", "caseworker1")) {
            PageSession pages = PageSession.signIn(user);
            for (String path : everyBoardEndpoint()) {
                if (path.startsWith("/api/")) {
                    tokens.as(user).get(path).then().statusCode(403);
                } else {
                    pages.get(path).then().statusCode(403);
                }
            }
        }
        RestAssured.given().get("/api/v1/reports/periods").then().statusCode(401);
        RestAssured.given().get("/api/v1/reports/" + QUARTER + "/tables/referrals-received.csv").then()
                .statusCode(401);
    }

    @Test
    void requestsTheRulesDoNotOfferAreRefusedWithTheReason() {
        Map<String, String> refused = Map.of(
                "/api/v1/reports/2020-03-14/tables", "never by day or week",
                "/api/v1/reports/2020-W11/tables/referrals-received", "never by day or week",
                "/api/v1/reports/2020-01-01..2020-03-31/tables", "Free date ranges are not offered",
                "/api/v1/reports/" + QUARTER + "/tables/referrals-received?except=SELF", "Exclusion filters",
                "/api/v1/reports/" + QUARTER + "/tables/referrals-received?source=not%20SELF", "Exclusion filters",
                "/api/v1/reports/" + QUARTER + "/tables/age-band?from=2020-01-01&to=2020-02-15",
                "Free date ranges are not offered",
                "/api/v1/reports/" + QUARTER + "/tables/age-band?grain=day", "calendar month, quarter or year",
                "/api/v1/reports/" + QUARTER + "/tables/time-to-named-worker?statistic=max",
                "Minimum and maximum are not published",
                "/api/v1/reports/" + QUARTER + "/tables/age-band?ward=W01", "catalogue's dimensions",
                "/api/v1/reports/" + QUARTER + "/tables/age-band?source=SELF", "published whole");
        refused.forEach((path, reason) -> tokens.as("board1").get(path).then().statusCode(400)
                .body("detail", containsString(reason)));
        PageSession board = PageSession.signIn("board1");
        board.get("/board/2020-03-14").then().statusCode(400).body(containsString("never by day or week"));
        // The page says why in the board member's language; the API above stays English whatever they chose.
        board.request().cookie("portal_lang", "cy").get("/board/2020-03-14").then().statusCode(400)
                .body(containsString("byth fesul diwrnod neu wythnos"));
        tokens.as("board1").header("Accept-Language", "cy").get("/api/v1/reports/2020-03-14/tables").then()
                .statusCode(400).body("detail", containsString("never by day or week"));
    }

    @Test
    void aPeriodNotPublishedOrATableNotInTheCatalogueIsNotFound() {
        // No test closes a month of 2014.
        tokens.as("board1").get("/api/v1/reports/2014-01/tables").then().statusCode(404);
        tokens.as("board1").get("/api/v1/reports/" + QUARTER + "/tables/survivors-by-name").then().statusCode(404);
        tokens.as("board1").get("/api/v1/reports/periods").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItems("2020-01", "2020-02", "2020-03", QUARTER));
        assertEquals(200, PageSession.signIn("board1").get("/board/" + QUARTER + "/report").statusCode());
    }
}
