package org.safeguarding.portal.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.safeguarding.portal.testing.LogCapture;
import org.safeguarding.portal.testing.Tokens;

/**
 * Accounts, idempotency keys and survivors' identifiers never reach the service's log, on the happy path or on the
 * paths that fail: a rejected body, an overlong account, a race of duplicate submissions (which ends in a unique
 * constraint violation whose database message would name the key and the survivor).
 */
@QuarkusTest
class NothingSensitiveInLogsTest {

    private static final String CANARY = "LogCanary-2d91";

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    @Test
    void noSubmissionPathLogsTheAccountTheKeyOrTheSurvivor() throws Exception {
        Tokens tokens = new Tokens(keycloakUrl);
        String token = tokens.forUser("survivor1");
        String subject = given().auth().oauth2(token).get("/api/v1/me").then().extract().path("subject");
        String key = CANARY + "-key";
        try (LogCapture log = LogCapture.start()) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"account\":\"" + CANARY + "\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}")
                    .post("/api/v1/referrals").then().statusCode(201);
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"account\": \"" + CANARY)
                    .post("/api/v1/referrals").then().statusCode(400);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"account\":\"" + CANARY.repeat(2_000) + "\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}")
                    .post("/api/v1/referrals").then().statusCode(422);
            raceDuplicates(token, key);

            assertEquals(List.of(), log.linesContaining(CANARY), "account text or idempotency key in the log");
            assertEquals(List.of(), log.linesContaining(subject), "a survivor's identifier in the log");
        }
    }

    @Test
    void noCaseActivityLogsWhatWasWrittenOrTheReceiptCode() {
        Tokens tokens = new Tokens(keycloakUrl);
        String survivor = tokens.forUser("survivor1");
        String caseworker = tokens.forUser("caseworker1");
        String id = given().auth().oauth2(survivor).contentType(ContentType.JSON)
                .body("{\"contactPlan\":{\"channels\":[\"PHONE\"],\"safeTimes\":\"" + CANARY + "\"}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        try (LogCapture log = LogCapture.start()) {
            String base = "/api/v1/me/cases/" + id;
            given().auth().oauth2(survivor).contentType(ContentType.JSON).body("{\"text\":\"" + CANARY + "\"}")
                    .post(base + "/messages").then().statusCode(201);
            given().auth().oauth2(survivor).contentType(ContentType.JSON).body("{\"text\":\"" + CANARY + "\"}")
                    .post(base + "/additions").then().statusCode(201);
            given().auth().oauth2(survivor).contentType(ContentType.JSON)
                    .body("{\"channels\":[\"SMS\"],\"codeWord\":\"" + CANARY + "\"}").put(base + "/contact-plan")
                    .then().statusCode(200);
            given().auth().oauth2(survivor).contentType(ContentType.JSON)
                    .body("{\"channels\":[],\"codeWord\":\"" + CANARY + "\"}").put(base + "/contact-plan")
                    .then().statusCode(422);
            String notes = "/api/v1/cases/" + id + "/notes";
            given().auth().oauth2(caseworker).contentType(ContentType.JSON)
                    .body("{\"text\":\"" + CANARY + " promiscuous\"}").post(notes).then().statusCode(422);
            given().auth().oauth2(caseworker).contentType(ContentType.JSON)
                    .body("{\"text\":\"" + CANARY + " promiscuous\",\"confirmReason\":\"" + CANARY + "\"}")
                    .post(notes).then().statusCode(201);
            given().auth().oauth2(caseworker).get("/api/v1/cases/" + id).then().statusCode(200);
            given().header("X-Forwarded-For", "10.6.0.1").contentType(ContentType.JSON)
                    .body("{\"receiptCode\":\"9876 5432 1098 7654 3210\"}").post("/api/v1/anonymous/sessions")
                    .then().statusCode(401);

            assertEquals(List.of(), log.linesContaining(CANARY), "written text in the log");
            assertEquals(List.of(), log.linesContaining("9876"), "a typed receipt code in the log");
        }
    }

    private static void raceDuplicates(String token, String key) throws Exception {
        int copies = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                            .body("{\"account\":\"" + CANARY + "\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}").post("/api/v1/referrals").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertEquals(201, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
