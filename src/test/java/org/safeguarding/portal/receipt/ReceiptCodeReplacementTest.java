package org.safeguarding.portal.receipt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.ReceiptPageSession;

/**
 * "Someone else may have seen my code": a new code, shown once; the old one opens nothing from that moment; every
 * other session opened with the old code is ended; the session that asked keeps working; audited. Pages (a form post
 * with its token, no script) and the API, which replaces only its own case's code.
 */
@QuarkusTest
class ReceiptCodeReplacementTest {

    @Inject
    DataSource database;

    private static String newClient() {
        return "10.11." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void onThePagesTheOldCodeStopsAtOnceItsOtherSessionsEndAndTheNewCodeOpensTheCase() throws Exception {
        ReceiptPageSession mine = new ReceiptPageSession();
        String oldCode = mine.startAndConfirm();
        mine.post("/my/tell-us/1", "account", "Replace my code " + UUID.randomUUID()).then().statusCode(303);
        mine.post("/my/tell-us/5", "noContact", "true").then().statusCode(303);
        mine.post("/my/tell-us/send").then().statusCode(303);
        ReceiptPageSession someoneWhoSawIt = new ReceiptPageSession();
        assertEquals(303, someoneWhoSawIt.comeBack(oldCode).statusCode());
        someoneWhoSawIt.get("/my/cases").then().statusCode(200);
        long auditedBefore = replacementsAudited();

        mine.get("/my/cases").then().statusCode(200).body(containsString("href=\"/receipt/replace\""));
        Response asked = mine.get("/receipt/replace");
        asked.then().statusCode(200).body(containsString("id=\"replace-code\""));
        // A post without the page's token is refused like any other form post.
        mine.request().formParam("x", "y").post("/receipt/replace").then().statusCode(403);
        Response replaced = mine.postWithToken(ReceiptPageSession.csrfFrom(asked), "/receipt/replace");
        assertEquals(200, replaced.statusCode());
        assertTrue(replaced.getHeader("Cache-Control").contains("no-store"));
        String newCode = ReceiptPageSession.codeOn(replaced);
        assertNotEquals(oldCode, newCode);

        someoneWhoSawIt.get("/my/cases").then().statusCode(302)
                .header("Location", containsString("/receipt/come-back"));
        mine.get("/my/cases").then().statusCode(200);
        assertEquals(401, new ReceiptPageSession().comeBack(oldCode).statusCode(), "the old code opens nothing");
        ReceiptPageSession withNewCode = new ReceiptPageSession();
        assertEquals(303, withNewCode.comeBack(newCode).statusCode());
        withNewCode.get("/my/cases").then().statusCode(200);
        assertEquals(auditedBefore + 1, replacementsAudited());
    }

    @Test
    void overTheApiOnlyTheSessionsOwnCaseCodeCanBeReplacedAndTheOldCodeIsRefusedAtOnce() {
        Map<String, Object> first = submit();
        Map<String, Object> other = submit();
        String oldCode = first.get("receiptCode").toString();
        String mine = openSession(oldCode).then().statusCode(201).extract().path("token");
        String alsoWithOldCode = openSession(oldCode).then().statusCode(201).extract().path("token");
        String theirs = openSession(other.get("receiptCode").toString()).then().statusCode(201).extract().path("token");

        inSession(theirs).post("/api/v1/me/cases/" + first.get("id") + "/receipt-code").then().statusCode(404);
        inSession(mine).post("/api/v1/me/cases/" + UUID.randomUUID() + "/receipt-code").then().statusCode(404);
        openSession(oldCode).then().statusCode(201); // nothing was replaced by those

        String newCode = inSession(mine).post("/api/v1/me/cases/" + first.get("id") + "/receipt-code").then()
                .statusCode(201).extract().path("receiptCode");
        assertTrue(newCode.matches("[0-9]{4}( [0-9]{4}){4}"), newCode);
        openSession(oldCode).then().statusCode(401);
        inSession(alsoWithOldCode).get("/api/v1/me/cases").then().statusCode(401);
        inSession(mine).get("/api/v1/me/cases/" + first.get("id")).then().statusCode(200);
        openSession(newCode).then().statusCode(201);
        inSession(theirs).get("/api/v1/me/cases/" + other.get("id")).then().statusCode(200);
    }

    private static Map<String, Object> submit() {
        return given().header("X-Forwarded-For", newClient()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "replace-code-test-" + UUID.randomUUID())
                .body(Map.of("account", "Replace over the API", "contactPlan", Map.of("noContact", true)))
                .post("/api/v1/anonymous/referrals").then().statusCode(201).extract().as(Map.class);
    }

    private static Response openSession(String code) {
        return given().header("X-Forwarded-For", newClient()).contentType(ContentType.JSON)
                .body(Map.of("receiptCode", code)).post("/api/v1/anonymous/sessions");
    }

    private static io.restassured.specification.RequestSpecification inSession(String token) {
        return given().header("Authorization", "Receipt " + token);
    }

    private long replacementsAudited() throws Exception {
        try (Connection connection = database.getConnection(); Statement count = connection.createStatement();
                ResultSet result = count.executeQuery(
                        "select count(*) from audit_event where action = 'REPLACE_RECEIPT_CODE'")) {
            result.next();
            return result.getLong(1);
        }
    }
}
