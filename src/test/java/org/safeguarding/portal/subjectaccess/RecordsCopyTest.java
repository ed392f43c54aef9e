package org.safeguarding.portal.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.Tokens;

/**
 * The survivor's copy of their records, against the real database and real tokens: prepared when they ask (stored
 * encrypted), reviewed by one caseworker who may leave items out with a reason, released only by a second one (which
 * meets C9 and tells the survivor what was left out in general terms and about the ICO), downloaded by the survivor
 * alone (audited as theirs), and gone from the portal 30 days after release, after which they can ask again.
 */
@QuarkusTest
class RecordsCopyTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    CopyExpiry expiry;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** A case of survivor1's claimed by caseworker1, with a note naming someone else, and a records request. */
    private String[] caseWithRequest() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        tokens.as("caseworker1").body(Map.of("text", "Her uncle Barnaby Quill phoned the hub about her"))
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(201);
        String request = tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/records-requests").then()
                .statusCode(201).extract().path("id");
        return new String[] { id, request };
    }

    private String copyPath(String id, String request) {
        return "/api/v1/cases/" + id + "/requests/" + request + "/copy";
    }

    private JsonPath copy(String caseworker, String id, String request) {
        return tokens.as(caseworker).get(copyPath(id, request)).then().statusCode(200).extract().jsonPath();
    }

    private static String itemId(JsonPath copy, String prefix) {
        return copy.getList("sections.items.flatten().item.id", String.class).stream()
                .filter(item -> item.startsWith(prefix)).findFirst().orElseThrow();
    }

    private void reviewAndRelease(String id, String request, String noteToWithhold) {
        if (noteToWithhold != null) {
            tokens.as("caseworker1").body(Map.of("itemId", noteToWithhold, "reason", "THIRD_PARTY", "explanation",
                    "Names her uncle, who has not agreed")).post(copyPath(id, request) + "/withheld").then()
                    .statusCode(200);
        }
        tokens.as("caseworker1").post(copyPath(id, request) + "/reviewed").then().statusCode(200)
                .body("stage", equalTo("AWAITING_RELEASE"));
        tokens.as("caseworker2").post(copyPath(id, request) + "/release").then().statusCode(200)
                .body("stage", equalTo("RELEASED"));
    }

    @Test
    void askingPreparesACopyOfTheCaseStoredOnlyEncrypted() {
        String[] made = caseWithRequest();
        JsonPath copy = copy("caseworker1", made[0], made[1]);
        assertEquals("IN_REVIEW", copy.getString("stage"));
        assertTrue(copy.getList("sections.items.flatten().item.text", String.class).stream()
                .anyMatch(text -> text.contains("Barnaby Quill")), "the staff note is in the copy");
        List<String> stored = Rows.texts(dataSource, "select encode(content_ciphertext, 'escape') from records_copy "
                + "where request_id = ?", UUID.fromString(made[1]));
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).contains("Barnaby") || stored.get(0).contains("account for casework"),
                "the copy is stored encrypted");
        assertEquals(1, Rows.audited(dataSource, made[0], "VIEW_RECORDS_COPY"), "the reviewer's read is audited");
    }

    @Test
    void theReviewerCannotReleaseTheCopyASecondCaseworkerDoesAndThatMeetsC9() {
        String[] made = caseWithRequest();
        String id = made[0];
        String request = made[1];
        String note = itemId(copy("caseworker1", id, request), "note-");
        // Leaving an item out needs a reason and an explanation.
        tokens.as("caseworker1").body(Map.of("itemId", note)).post(copyPath(id, request) + "/withheld").then()
                .statusCode(422);
        tokens.as("caseworker1").body(Map.of("itemId", note, "reason", "THIRD_PARTY", "explanation",
                "Names her uncle, who has not agreed")).post(copyPath(id, request) + "/withheld").then()
                .statusCode(200).body("withheldCount", equalTo(1));
        tokens.as("caseworker1").body(Map.of("itemId", "no-such-item", "reason", "OTHER", "explanation", "x"))
                .post(copyPath(id, request) + "/withheld").then().statusCode(404);
        // Release before the review is finished: refused.
        tokens.as("caseworker2").post(copyPath(id, request) + "/release").then().statusCode(403);
        tokens.as("caseworker1").post(copyPath(id, request) + "/release").then().statusCode(409);
        tokens.as("caseworker1").post(copyPath(id, request) + "/reviewed").then().statusCode(200);
        // Nothing more can be left out; the reviewer cannot release.
        tokens.as("caseworker1").body(Map.of("itemId", itemId(copy("caseworker1", id, request), "account"),
                "reason", "OTHER", "explanation", "late")).post(copyPath(id, request) + "/withheld").then()
                .statusCode(409);
        tokens.as("caseworker1").post(copyPath(id, request) + "/release").then().statusCode(409)
                .body("detail", containsString("second caseworker"));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then()
                .body("commitments.find { it.commitmentId == 'C9' }.status", equalTo("PENDING"));
        // The old "records provided" click no longer answers a records request.
        tokens.as("caseworker1").post("/api/v1/cases/" + id + "/requests/" + request + "/answer").then()
                .statusCode(409);

        // A second caseworker (not the case's worker, no emergency reason) may read and release it.
        copy("caseworker2", id, request);
        tokens.as("caseworker2").post(copyPath(id, request) + "/release").then().statusCode(200)
                .body("stage", equalTo("RELEASED"));
        tokens.as("caseworker1").post(copyPath(id, request) + "/release").then().statusCode(409);
        JsonPath mine = tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("MET", mine.getString("commitments.find { it.commitmentId == 'C9' }.status"));
        assertTrue(mine.getString("requests.find { it.id == '" + request + "' }.answeredAt") != null);
        String told = mine.getString("messages[-1].text");
        assertTrue(told.contains("https://ico.org.uk/make-a-complaint/"), told);
        assertTrue(told.contains("It is about another person"), "the general reason: " + told);
        assertFalse(told.contains("Barnaby") || told.contains("uncle"), "never the withheld content: " + told);
        assertEquals(1, Rows.audited(dataSource, id, "RELEASE_RECORDS_COPY"));
        assertEquals(1, Rows.audited(dataSource, id, "WITHHOLD_RECORDS_ITEM"));
        Rows.texts(dataSource, "select w.explanation_ciphertext from records_copy_withheld w join records_copy c"
                + " on c.id = w.copy_id where c.case_id = ?", UUID.fromString(id))
                .forEach(stored -> assertFalse(stored.contains("uncle"), "the explanation is encrypted at rest"));
        // The survivor is told why the second caseworker read their case: to check the copy, not "casework".
        tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/access").then().statusCode(200)
                .body("find { it.action == 'RELEASE_RECORDS_COPY' }.why", equalTo("RECORDS_RELEASE_REVIEW"))
                .body("find { it.action == 'RELEASE_RECORDS_COPY' }.purpose",
                        equalTo("Checking the copy of your records before it is given to you"));
    }

    @Test
    void theSurvivorDownloadsTheirCopyAndNoOneElseCan() {
        String[] made = caseWithRequest();
        String id = made[0];
        String request = made[1];
        String mine = "/api/v1/me/cases/" + id + "/copies/" + request;
        tokens.as("survivor1").get(mine).then().statusCode(404);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/copies").then().statusCode(200)
                .body("[0].stage", equalTo("IN_REVIEW"));
        reviewAndRelease(id, request, itemId(copy("caseworker1", id, request), "note-"));

        String json = tokens.as("survivor1").get(mine).then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertTrue(json.contains("An account for casework tests"));
        assertFalse(json.contains("Barnaby"), "the withheld note is not in the copy");
        assertTrue(json.contains("THIRD_PARTY"), "only its general reason is");
        byte[] pdf = tokens.as("survivor1").get(mine + "/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        // Another survivor, and a caseworker, get nothing.
        tokens.as("survivor2").get(mine).then().statusCode(404);
        tokens.as("survivor2").get(mine + "/pdf").then().statusCode(404);
        tokens.as("survivor2").get("/api/v1/me/cases/" + id + "/copies").then().statusCode(404);
        tokens.as("caseworker1").get(mine).then().statusCode(403);
        // Each download is audited, and shows on the survivor's list as theirs.
        assertEquals(2, Rows.audited(dataSource, id, "DOWNLOAD_RECORDS_COPY"));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/access").then().statusCode(200)
                .body("findAll { it.action == 'DOWNLOAD_RECORDS_COPY' }.who", equalTo(List.of("YOU", "YOU")))
                .body("what", hasItem("Downloaded the copy of your records"))
                .body("find { it.action == 'RELEASE_RECORDS_COPY' }.who", equalTo("HUB_CASEWORKER"))
                .body("find { it.action == 'VIEW_RECORDS_COPY' }.what",
                        equalTo("Read the copy of your records, to check it before it was given to you"));
    }

    @Test
    void aReceiptCodeSessionAsksForAndDownloadsItsCasesCopy() {
        Map<?, ?> submitted = given().header("X-Forwarded-For", "198.51.100." + (1 + new java.util.Random()
                .nextInt(250))).contentType(ContentType.JSON).header("Idempotency-Key", "copy-" + UUID.randomUUID())
                .body(Map.of("account", "Told anonymously for the copy test", "contactPlan", Map.of("noContact",
                        true))).post("/api/v1/anonymous/referrals").then().statusCode(201).extract().as(Map.class);
        String id = submitted.get("id").toString();
        String token = given().header("X-Forwarded-For", "198.51.100." + (1 + new java.util.Random().nextInt(250)))
                .contentType(ContentType.JSON).body(Map.of("receiptCode", submitted.get("receiptCode")))
                .post("/api/v1/anonymous/sessions").then().statusCode(201).extract().path("token");
        RequestSpecification session = given().header("Authorization", "Receipt " + token);
        String request = session.post("/api/v1/me/cases/" + id + "/records-requests").then().statusCode(201)
                .extract().path("id");
        tokens.as("caseworker1").get(copyPath(id, request)).then().statusCode(200)
                .body("sections.find { it.key == 'account' }.items[0].item.text",
                        equalTo("Told anonymously for the copy test"));
        tokens.as("caseworker1").post(copyPath(id, request) + "/reviewed").then().statusCode(200);
        tokens.as("caseworker2").post(copyPath(id, request) + "/release").then().statusCode(200);
        given().header("Authorization", "Receipt " + token).get("/api/v1/me/cases/" + id + "/copies/" + request)
                .then().statusCode(200).body("sections.find { it.key == 'account' }.items[0].text",
                        equalTo("Told anonymously for the copy test"));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/copies/" + request).then().statusCode(404);
        assertEquals(1, Rows.count(dataSource, "select count(*) from audit_event where record_id = ? and action = "
                + "'DOWNLOAD_RECORDS_COPY' and actor_role = 'receipt-holder'", UUID.fromString(id)));
    }

    @Test
    void thirtyDaysAfterReleaseTheScheduledJobDeletesTheContentKeepsTheFactAndTheSurvivorCanAskAgain() {
        String[] made = caseWithRequest();
        String id = made[0];
        String request = made[1];
        reviewAndRelease(id, request, null);
        String mine = "/api/v1/me/cases/" + id + "/copies/" + request;
        clock.advance(Duration.ofDays(29));
        expiry.scheduled();
        tokens.as("survivor1").get(mine).then().statusCode(200);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        expiry.scheduled();
        tokens.as("survivor1").get(mine).then().statusCode(404);
        tokens.as("survivor1").get(mine + "/pdf").then().statusCode(404);
        assertEquals(1, Rows.count(dataSource, "select count(*) from records_copy where request_id = ? and "
                + "content_ciphertext is null and expired_at is not null and released_at is not null and "
                + "released_by is not null", UUID.fromString(request)), "the fact of the copy is kept");
        tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/copies").then().statusCode(200)
                .body("find { it.requestId == '" + request + "' }.stage", equalTo("EXPIRED"));
        copy("caseworker1", id, request);
        // Asking again prepares a new copy.
        String again = tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/records-requests").then()
                .statusCode(201).extract().path("id");
        assertEquals("IN_REVIEW", copy("caseworker1", id, again).getString("stage"));
        reviewAndRelease(id, again, null);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/copies/" + again).then().statusCode(200);
    }
}
