package org.safeguarding.portal.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Tokens;

/**
 * The copy is complete: a case with every kind of record the portal keeps about a survivor, made through the real
 * API, comes back in the JSON and in the PDF with each record in it (a marker word in each), except the one item a
 * reviewer left out, of which only the general reason appears. The PDF is tagged for accessibility (marked content,
 * a structure tree, a title shown as the window title, the document's language) and embeds every font it uses.
 */
@QuarkusTest
class CopyCompletenessTest {

    /** Each kind of record and the words that show it is in the copy. */
    private static final Map<String, String> MARKERS = new java.util.LinkedHashMap<>();

    static {
        MARKERS.put("account", "Alphaccount told in my own words");
        MARKERS.put("intake answers", "Who it is about: Me");
        MARKERS.put("addition", "Bravoaddition I remembered later");
        MARKERS.put("message from the survivor", "Charliemessage from me");
        MARKERS.put("message from the hub", "Deltamessage from my worker");
        MARKERS.put("contact plan and its history", "Echosafetimes after six");
        MARKERS.put("consent history", "The police: Yes");
        MARKERS.put("timeline", "You have a named worker");
        MARKERS.put("status change reason", "Golfmove reason");
        MARKERS.put("charter promises", "C1: ");
        MARKERS.put("the promise of this request", "C9: ");
        MARKERS.put("onward referral", "the police: ");
        MARKERS.put("closure reason category", "Support completed");
        MARKERS.put("closure reasons written to the survivor", "Hotelclosure because you finished");
        MARKERS.put("complaint", "Indiacomplaint about waiting");
        MARKERS.put("staff note", "Julietnote about our last call");
        MARKERS.put("access list", "Read your case");
    }

    private static final String WITHHELD = "Kilonote naming Zebedee Marchbanks";
    private static final String EXPLANATION = "Limaexplanation for the hub";

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @Test
    void everyKindOfRecordIsInTheJsonAndThePdfAndAWithheldItemInNeither() throws IOException {
        String id = caseWithEveryKindOfRecord();
        String request = tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/records-requests").then()
                .statusCode(201).extract().path("id");
        String copyPath = "/api/v1/cases/" + id + "/requests/" + request + "/copy";
        JsonPath review = tokens.as("caseworker1").get(copyPath).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = review.getList("sections.items.flatten().item");
        String withheldItem = items.stream().filter(item -> item.get("text").toString().contains(WITHHELD))
                .map(item -> item.get("id").toString()).findFirst().orElseThrow();
        tokens.as("caseworker1").body(Map.of("itemId", withheldItem, "reason", "THIRD_PARTY", "explanation",
                EXPLANATION)).post(copyPath + "/withheld").then().statusCode(200);
        tokens.as("caseworker1").post(copyPath + "/reviewed").then().statusCode(200);
        tokens.as("caseworker2").post(copyPath + "/release").then().statusCode(200);

        String mine = "/api/v1/me/cases/" + id + "/copies/" + request;
        String json = tokens.as("survivor1").get(mine).then().statusCode(200).extract().asString();
        byte[] pdf = tokens.as("survivor1").get(mine + "/pdf").then().statusCode(200).extract().asByteArray();
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            isTaggedWithTitleLanguageAndEmbeddedFonts(document);
        }
        String jsonText = JsonPath.from(json).getList("sections.items.flatten().text", String.class).stream()
                .reduce("", (a, b) -> a + "\n" + b);
        List<String> missing = new ArrayList<>();
        MARKERS.forEach((kind, marker) -> {
            if (!jsonText.contains(marker)) {
                missing.add(kind + " (JSON)");
            }
            if (!pdfText.contains(marker)) {
                missing.add(kind + " (PDF)");
            }
        });
        assertEquals(List.of(), missing, "every kind of record is in the copy: " + jsonText);
        for (String secret : List.of("Kilonote", "Zebedee", EXPLANATION)) {
            assertFalse(json.contains(secret), "the withheld item and the reviewer's explanation are not in the JSON");
            assertFalse(pdfText.contains(secret), "nor in the PDF");
        }
        String general = "It is about another person, who has a right to privacy too";
        assertTrue(json.contains(general), "the general reason is in the JSON");
        assertTrue(pdfText.contains(general), "and in the PDF");
        assertTrue(pdfText.contains("Notes written by staff"), "with the section it was in");
    }

    private static void isTaggedWithTitleLanguageAndEmbeddedFonts(PDDocument document) throws IOException {
        var catalog = document.getDocumentCatalog();
        assertNotNull(catalog.getMarkInfo(), "MarkInfo");
        assertTrue(catalog.getMarkInfo().isMarked(), "the PDF is marked as tagged");
        assertNotNull(catalog.getStructureTreeRoot(), "a structure tree");
        assertTrue(catalog.getStructureTreeRoot().getK() != null, "with content");
        assertTrue(document.getDocumentInformation().getTitle().startsWith("Your records, case "),
                document.getDocumentInformation().getTitle());
        assertNotNull(catalog.getViewerPreferences(), "viewer preferences");
        assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title is shown, not the file name");
        assertTrue(catalog.getLanguage() != null && catalog.getLanguage().startsWith("en"), catalog.getLanguage());
        int fonts = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts++;
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
        assertTrue(fonts > 0, "text is drawn with fonts");
    }

    /** Through the API, as survivor1, caseworker1 (their worker) and caseworker2 (who signs off the closure). */
    private String caseWithEveryKindOfRecord() {
        Map<String, Object> body = new HashMap<>();
        body.put("account", MARKERS.get("account"));
        body.put("subject", "SELF");
        body.put("contactPlan", Map.of("channels", List.of("PORTAL")));
        body.put("consents", Map.of("police", "GRANTED"));
        body.put("currentRisk", false);
        String id = tokens.as("survivor1").body(body).post("/api/v1/referrals").then().statusCode(201).extract()
                .path("id");
        String me = "/api/v1/me/cases/" + id;
        String hub = "/api/v1/cases/" + id;
        casework.claim("caseworker1", id);
        casework.move("caseworker1", id, "ACKNOWLEDGED", null, null).then().statusCode(200);
        casework.move("caseworker1", id, "SCREENING", null, null).then().statusCode(200);
        casework.screen("caseworker1", id, Map.of()).then().statusCode(201);
        casework.move("caseworker1", id, "ASSIGNED", null, null).then().statusCode(200);
        tokens.as("survivor1").body(Map.of("text", MARKERS.get("addition"))).post(me + "/additions").then()
                .statusCode(201);
        tokens.as("survivor1").body(Map.of("text", MARKERS.get("message from the survivor")))
                .post(me + "/messages").then().statusCode(201);
        tokens.as("caseworker1").body(Map.of("text", MARKERS.get("message from the hub"))).post(hub + "/messages")
                .then().statusCode(201);
        tokens.as("survivor1").body(Map.of("channels", List.of("PORTAL"), "safeTimes",
                "Echosafetimes after six")).put(me + "/contact-plan").then().statusCode(200);
        tokens.as("caseworker1").body(Map.of("partner", "POLICE")).post(hub + "/onward-referrals").then()
                .statusCode(201);
        tokens.as("survivor1").body(Map.of("police", "NOT_NOW")).put(me + "/consents").then().statusCode(200);
        tokens.as("caseworker1").get(hub).then().statusCode(200);
        tokens.as("caseworker1").body(Map.of("text", MARKERS.get("staff note"))).post(hub + "/notes").then()
                .statusCode(201);
        tokens.as("caseworker1").body(Map.of("text", WITHHELD)).post(hub + "/notes").then().statusCode(201);
        tokens.as("survivor1").body(Map.of("text", MARKERS.get("complaint"))).post(me + "/complaints").then()
                .statusCode(201);
        for (String next : List.of("NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            casework.move("caseworker1", id, next, null, null).then().statusCode(200);
        }
        casework.move("caseworker1", id, "ACTIVE", "Golfmove reason", null).then().statusCode(200);
        casework.move("caseworker1", id, "REVIEW", null, null).then().statusCode(200);
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, MARKERS.get(
                "closure reasons written to the survivor"), "SUPPORT_COMPLETED").then().statusCode(200);
        casework.move("caseworker2", id, "CLOSED", null, null).then().statusCode(200);
        return id;
    }
}
