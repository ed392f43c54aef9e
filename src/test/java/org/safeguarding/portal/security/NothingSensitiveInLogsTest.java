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

    /**
     * What a survivor says about themselves (ethnicity is special-category data) is stored for counting only: the
     * accepted answers and the refused values (an unknown ward, sex or ethnicity) never reach the log.
     */
    @Test
    void noAboutYouAnswerReachesTheLog() {
        String token = new Tokens(keycloakUrl).forUser("survivor1");
        String plan = "\"contactPlan\":{\"channels\":[\"PORTAL\"]}";
        try (LogCapture log = LogCapture.start()) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{" + plan + ",\"sex\":\"FEMALE\",\"ethnicity\":\"MIXED\",\"ward\":\"W17\"}")
                    .post("/api/v1/referrals").then().statusCode(201);
            for (String field : List.of("ward", "sex", "ethnicity")) {
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body("{" + plan + ",\"" + field + "\":\"" + CANARY + "\"}")
                        .post("/api/v1/referrals").then().statusCode(400);
            }
            assertEquals(List.of(), log.linesContaining(CANARY), "a refused answer in the log");
            assertEquals(List.of(), log.linesContaining("W17"), "a survivor's ward in the log");
            assertEquals(List.of(), log.linesContaining("MIXED"), "a survivor's ethnicity in the log");
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

    /**
     * The hub's own free text (reasons, rationales, explanations, override reasons), a survivor's complaint, waiver
     * reason and safe e-mail address, and the neutral notice sent to it, never reach the log, accepted or refused.
     */
    @Test
    void noCaseworkOrCharterPathLogsItsWords() {
        Tokens tokens = new Tokens(keycloakUrl);
        String survivor = tokens.forUser("survivor1");
        String caseworker = tokens.forUser("caseworker1");
        String address = CANARY.toLowerCase() + "@example.org";
        given().auth().oauth2(caseworker).get("/api/v1/cases").then().statusCode(200);
        String id = given().auth().oauth2(survivor).contentType(ContentType.JSON)
                .body("{\"contactPlan\":{\"channels\":[\"PORTAL\",\"EMAIL\"],\"email\":\"" + address + "\"}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String hub = "/api/v1/cases/" + id;
        String own = "/api/v1/me/cases/" + id;
        try (LogCapture log = LogCapture.start()) {
            json(caseworker, "{\"to\":\"DO_NOT_CONTACT\",\"reason\":\"" + CANARY + "\"}").post(hub + "/transitions")
                    .then().statusCode(200);
            json(caseworker, "{\"to\":\"SUBMITTED\"}").post(hub + "/transitions").then().statusCode(200);
            json(caseworker, "{\"to\":\"ACTIVE\",\"reason\":\"" + CANARY + "\"}").post(hub + "/transitions")
                    .then().statusCode(409);
            json(caseworker, "{\"subjectType\":\"CHILD_AT_RISK\",\"immediateDanger\":false,\"risk\":\"HIGH\","
                    + "\"policeReferral\":\"CHILD_RISK_OVERRIDE\",\"classification\":\"EXPLOITATION\","
                    + "\"rationale\":\"" + CANARY + "\"}")
                    .post(hub + "/screening").then().statusCode(201);
            json(caseworker, "{\"partner\":\"POLICE\",\"overrideReason\":\"" + CANARY + "\"}")
                    .post(hub + "/onward-referrals").then().statusCode(201);
            json(caseworker, "{\"text\":\"" + CANARY + "\",\"channel\":\"SMS\"}").post(hub + "/messages").then()
                    .statusCode(409);
            json(caseworker, "{\"text\":\"" + CANARY + "\",\"channel\":\"SMS\",\"overrideReason\":\"" + CANARY
                    + "\"}").post(hub + "/messages").then().statusCode(201);
            json(caseworker, "{\"text\":\"" + CANARY + "\"}").post(hub + "/messages").then().statusCode(201);
            json(survivor, "{\"text\":\"" + CANARY + "\"}").post(own + "/complaints").then().statusCode(201);
            json(survivor, "{\"text\":\"" + CANARY.repeat(3_000) + "\"}").post(own + "/complaints").then()
                    .statusCode(422);
            json(caseworker, "{\"reason\":\"URGENT_SAFEGUARDING_CONCERN\",\"explanation\":\"" + CANARY + "\"}")
                    .post(hub + "/break-glass").then().statusCode(201);
            io.quarkus.arc.Arc.container().instance(org.safeguarding.portal.messages.NeutralNotices.class).get()
                    .sendDue();

            assertEquals(List.of(), log.linesContaining(CANARY), "the hub's or the survivor's words in the log");
            assertEquals(List.of(), log.linesContaining(CANARY.toLowerCase()), "a safe e-mail address in the log");
        }
    }

    private static io.restassured.specification.RequestSpecification json(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    }

    /**
     * Someone else's referral (signed in, without an account, and written down by the hub) and the survivor's
     * invitation: the referrer's name and contact, what they know of the survivor, the invitation code (right or
     * wrong) and the keys never reach the log, nor does a refused body's text.
     */
    @Test
    void noReferrerDetailNorInvitationCodeReachesTheLog() {
        Tokens tokens = new Tokens(keycloakUrl);
        String canary = CANARY + "-referrer";
        String referrer = "\"referrer\":{\"toldBy\":\"FAMILY_OR_FRIEND\",\"name\":\"" + canary + " name\","
                + "\"contact\":\"" + canary + " phone\",\"survivorName\":\"" + canary + " survivor\"}";
        String body = "{\"account\":\"" + canary + " account\",\"contactPlan\":{\"channels\":[\"PORTAL\"]},"
                + referrer + "}";
        try (LogCapture log = LogCapture.start()) {
            String reference = given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", canary + "-signed-in-key").body(body).post("/api/v1/referrals").then()
                    .statusCode(201).extract().path("reference");
            given().contentType(ContentType.JSON).header("Idempotency-Key", canary + "-anonymous-key-0123456789")
                    .body(body).post("/api/v1/anonymous/referrals").then().statusCode(201);
            tokens.as("caseworker1").header("Idempotency-Key", canary + "-hub-key")
                    .body("{\"account\":\"" + canary + " account\",\"contactPlan\":{\"channels\":[\"PORTAL\"]},"
                            + referrer + ",\"channel\":\"PHONE\",\"receivedAt\":\""
                            + java.time.Instant.now().minusSeconds(600) + "\"}")
                    .post("/api/v1/hub/referrals").then().statusCode(201);
            given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .body("{\"account\":\"x\",\"contactPlan\":{\"channels\":[\"PORTAL\"]},\"referrer\":"
                            + "{\"toldBy\":\"POLICE\",\"name\":\"" + canary + "x".repeat(300) + "\"}}")
                    .post("/api/v1/referrals").then().statusCode(422);

            String caseId = tokens.as("caseworker1").queryParam("reference", reference).get("/api/v1/cases").then()
                    .statusCode(200).extract().path("id");
            String code = tokens.as("caseworker1").post("/api/v1/cases/" + caseId + "/invitation").then()
                    .statusCode(201).extract().path("code");
            String taker = org.safeguarding.portal.testing.TestUsers.newSurvivor(keycloakUrl);
            given().auth().oauth2(tokens.forUser(taker)).contentType(ContentType.JSON)
                    .body("{\"code\":\"ABCDE-FGHJK-LMNPQ-RSTUV\"}").post("/api/v1/me/invitations/acceptance")
                    .then().statusCode(404);
            given().auth().oauth2(tokens.forUser(taker)).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + code + "\"}").post("/api/v1/me/invitations/acceptance").then()
                    .statusCode(200);

            assertEquals(List.of(), log.linesContaining(CANARY), "a referrer's words or a key in the log");
            assertEquals(List.of(), log.linesContaining(code), "the invitation code in the log");
            assertEquals(List.of(), log.linesContaining(code.replace("-", "")), "the invitation code in the log");
            assertEquals(List.of(), log.linesContaining("ABCDE-FGHJK"), "a wrong code in the log");
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
