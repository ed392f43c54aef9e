package org.safeguarding.portal.charter;

import org.safeguarding.portal.core.WorkingCalendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import io.restassured.path.json.JsonPath;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.Tokens;

/** Each charter promise's life on a case, driven only by real case events through the API. */
@QuarkusTest
class CharterLifecycleTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    WorkingCalendar calendar;
    @Inject
    TestClock clock;

    Tokens tokens;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        tokens.as("caseworker1").get("/api/v1/cases").then().statusCode(200);
    }

    private String newCase() {
        return tokens.as("survivor1").body(Map.of("account", "Charter case", "contactPlan",
                Map.of("channels", List.of("PORTAL")))).post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
    }

    private void move(String id, String to, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("to", to);
        tokens.as("caseworker1").body(body).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200);
    }

    private void message(String id, Map<String, Object> flags) {
        Map<String, Object> body = new HashMap<>(flags);
        body.put("text", "A message from your worker");
        tokens.as("caseworker1").body(body).post("/api/v1/cases/" + id + "/messages").then().statusCode(201);
    }

    /** The survivor's view of the case's promises. */
    private JsonPath promises(String id) {
        return tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String status(JsonPath view, String commitment) {
        List<String> statuses = view.getList("commitments.findAll { it.commitmentId == '" + commitment + "' }.status");
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    @Test
    void submissionStartsTheClocksAndEachEventMeetsItsPromise() {
        String id = newCase();
        JsonPath opened = promises(id);
        Instant openedAt = Instant.parse(opened.getString("openedAt"));
        assertEquals("PENDING", status(opened, "C1"));
        assertEquals(calendar.addWorkingDays(openedAt, 1), Instant.parse(
                opened.getString("commitments.find { it.commitmentId == 'C1' }.dueAt")));
        assertEquals(calendar.addWorkingDays(openedAt, 2), Instant.parse(
                opened.getString("commitments.find { it.commitmentId == 'C2' }.dueAt")));
        assertEquals("MET", status(opened, "C8"), "the account is kept in the survivor's words");
        assertNull(status(opened, "C4"), "C4 starts only when a worker is assigned");

        move(id, "ACKNOWLEDGED", Map.of());
        assertEquals("MET", status(promises(id), "C1"));
        assertEquals("ACKNOWLEDGED", Rows.texts(dataSource, "select met_by_event from commitment_instance where "
                + "case_id = ? and commitment_id = 'C1'", UUID.fromString(id)).get(0));

        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        JsonPath assigned = promises(id);
        assertEquals("MET", status(assigned, "C2"));
        assertEquals("PENDING", status(assigned, "C4"));
        assertEquals("PENDING", status(assigned, "C5"));

        // First contact without asking about preferences: C3 is due at that contact, so it is missed there.
        message(id, Map.of());
        assertEquals("MISSED", status(promises(id), "C3"));
        assertEquals(List.of("true"), Rows.texts(dataSource, "select breach_rank = 0 from survivor_case where id = ?",
                UUID.fromString(id)), "the case is escalated");
        message(id, Map.of("preferencesAsked", true));
        JsonPath late = promises(id);
        assertEquals("MISSED", status(late, "C3"), "a breach stays a breach");
        assertNotNull(late.get("commitments.find { it.commitmentId == 'C3' }.metAt"), "done late is recorded");
        assertEquals(List.of("false"), Rows.texts(dataSource, "select breach_rank = 0 from survivor_case where id = ?",
                UUID.fromString(id)), "no breach left undone");
        assertEquals(3, late.getList("commitments.findAll { it.commitmentId == 'C5' }").size(),
                "C5 renews after every contact");
        assertEquals(List.of("MET", "MET", "PENDING"),
                late.getList("commitments.findAll { it.commitmentId == 'C5' }.status"));

        move(id, "SCREENING", Map.of());
        tokens.as("caseworker1").body(Map.of("subjectType", "ADULT_NON_RECENT", "immediateDanger", false, "risk",
                "LOW", "policeReferral", "SURVIVOR_DECLINED", "enhancedRights", true, "classification", "EXPLOITATION"))
                .post("/api/v1/cases/" + id + "/screening").then().statusCode(201);
        JsonPath screened = promises(id);
        assertEquals("MET", status(screened, "C7"));
        assertEquals("MET", status(screened, "C11"));
        assertEquals("PENDING", status(screened, "C6"));
        Instant decided = Instant.parse(screened.getString("commitments.find { it.commitmentId == 'C6' }.startedAt"));
        assertEquals(calendar.addWorkingDays(decided, 1), Instant.parse(
                screened.getString("commitments.find { it.commitmentId == 'C6' }.dueAt")),
                "enhanced rights: decisions explained within 1 working day");
        message(id, Map.of("explainsDecision", true));
        assertEquals("MET", status(promises(id), "C6"));

        move(id, "ASSIGNED", Map.of());
        move(id, "NEEDS_ASSESSMENT", Map.of());
        move(id, "SUPPORT_PLAN", Map.of());
        assertEquals("MET", status(promises(id), "C4"));
        move(id, "ACTIVE", Map.of());
        move(id, "REVIEW", Map.of());
        move(id, "CLOSURE_PROPOSED", Map.of("survivorReasons", "We agreed support is complete", "exitPlanAgreed",
                true, "closureReason", "SUPPORT_COMPLETED"));
        assertEquals("MET", status(promises(id), "C12"));

        // The caseworker sees the same promises, with the events as evidence.
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("commitments.find { it.commitmentId == 'C1' }.metByEvent", equalTo("ACKNOWLEDGED"))
                .body("commitments.find { it.commitmentId == 'C1' }.metByRole", equalTo("caseworker"));
    }

    @Test
    void aPauseStopsEveryClockAndResumingGivesBackTheTimeLeft() {
        String id = newCase();
        Instant dueBefore = Instant.parse(promises(id).getString("commitments.find { it.commitmentId == 'C2' }.dueAt"));
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/pause").then().statusCode(200);
        JsonPath paused = promises(id);
        assertEquals("PAUSED", status(paused, "C1"));
        assertEquals("PAUSED", status(paused, "C2"));
        assertNull(paused.get("commitments.find { it.commitmentId == 'C2' }.dueAt"));
        Duration pause = Duration.ofHours(1);
        clock.advance(pause);
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/resume").then().statusCode(200);
        JsonPath resumed = promises(id);
        assertEquals("PENDING", status(resumed, "C2"));
        Duration moved = Duration.between(dueBefore, Instant.parse(
                resumed.getString("commitments.find { it.commitmentId == 'C2' }.dueAt")));
        assertTrue(moved.compareTo(pause) >= 0 && moved.compareTo(pause.plusSeconds(10)) <= 0,
                "the deadline moved by the pause: " + moved);
    }

    @Test
    void onlyAWaivablePromiseCanBeWaivedAndTheReasonIsKeptEncrypted() {
        String id = newCase();
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        JsonPath view = promises(id);
        String c4 = view.getString("commitments.find { it.commitmentId == 'C4' }.id");
        String c1 = view.getString("commitments.find { it.commitmentId == 'C1' }.id");
        String c8 = view.getString("commitments.find { it.commitmentId == 'C8' }.id");
        String base = "/api/v1/me/cases/" + id + "/commitments/";

        tokens.as("survivor1").body(Map.of("reason", "I already see an ISVA"))
                .post(base + c1 + "/waiver").then().statusCode(409).body("detail", containsString("cannot be given up"));
        tokens.as("survivor1").body(Map.of()).post(base + c4 + "/waiver").then().statusCode(422);
        tokens.as("survivor2").body(Map.of("reason", "not mine")).post(base + c4 + "/waiver").then().statusCode(404);
        tokens.as("survivor1").body(Map.of("reason", "I already see an ISVA at the hospital"))
                .post(base + c4 + "/waiver").then().statusCode(200).body("status", equalTo("WAIVED"))
                .body("waiverReason", equalTo("I already see an ISVA at the hospital"));
        tokens.as("survivor1").body(Map.of("reason", "again")).post(base + c4 + "/waiver").then().statusCode(409);
        tokens.as("survivor1").body(Map.of("reason", "kept")).post(base + c8 + "/waiver").then().statusCode(409);
        Rows.texts(dataSource, "select waiver_reason_ciphertext from commitment_instance where id = ?",
                UUID.fromString(c4)).forEach(stored -> assertFalse(stored.contains("hospital")));
        assertEquals(1, Rows.audited(dataSource, id, "WAIVE_COMMITMENT"));
    }

    @Test
    void keptInformedFollowsTheAgreedFrequencyNeverBeyond28Days() {
        String id = newCase();
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        JsonPath assigned = promises(id);
        Instant started = Instant.parse(assigned.getString("commitments.find { it.commitmentId == 'C5' }.startedAt"));
        assertEquals(calendar.addCalendarDays(started, 28), Instant.parse(
                assigned.getString("commitments.find { it.commitmentId == 'C5' }.dueAt")));
        for (int refused : new int[] {0, 29}) {
            tokens.as("caseworker1").body(Map.of("days", refused)).post("/api/v1/cases/" + id + "/contact-frequency")
                    .then().statusCode(422);
        }
        tokens.as("caseworker1").body(Map.of("days", 7)).post("/api/v1/cases/" + id + "/contact-frequency").then()
                .statusCode(200);
        assertEquals(1, Rows.audited(dataSource, id, "AGREE_CONTACT_FREQUENCY"), "refused values audit nothing");
        assertEquals(calendar.addCalendarDays(started, 7), Instant.parse(
                promises(id).getString("commitments.find { it.commitmentId == 'C5' }.dueAt")));
        message(id, Map.of("preferencesAsked", true));
        JsonPath renewed = promises(id);
        String next = "commitments.findAll { it.commitmentId == 'C5' }[-1]";
        assertEquals(calendar.addCalendarDays(Instant.parse(renewed.getString(next + ".startedAt")), 7),
                Instant.parse(renewed.getString(next + ".dueAt")));
    }

    @Test
    void recordsRequestsAndComplaintsRunTheirOwnPromises() {
        String id = newCase();
        String records = tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/records-requests").then()
                .statusCode(201).extract().path("id");
        tokens.as("survivor1").body(Map.of("text", " ")).post("/api/v1/me/cases/" + id + "/complaints").then()
                .statusCode(422);
        String complaint = tokens.as("survivor1").body(Map.of("text", "Nobody called me back about my sister"))
                .post("/api/v1/me/cases/" + id + "/complaints").then().statusCode(201).extract().path("id");
        tokens.as("survivor2").post("/api/v1/me/cases/" + id + "/records-requests").then().statusCode(404);

        JsonPath asked = promises(id);
        Instant requestedAt = Instant.parse(asked.getString("requests.find { it.kind == 'RECORDS' }.madeAt"));
        assertEquals(calendar.addCalendarMonths(requestedAt, 1), Instant.parse(
                asked.getString("commitments.find { it.commitmentId == 'C9' }.dueAt")));
        Instant complainedAt = Instant.parse(asked.getString("requests.find { it.kind == 'COMPLAINT' }.madeAt"));
        assertEquals(calendar.addWorkingDays(complainedAt, 10), Instant.parse(
                asked.getString("commitments.find { it.commitmentId == 'C10' }.dueAt")));
        Rows.texts(dataSource, "select text_ciphertext from survivor_request where case_id = ? and kind = 'COMPLAINT'",
                UUID.fromString(id)).forEach(stored -> assertFalse(stored.contains("sister")));

        tokens.as("caseworker1").post("/api/v1/cases/" + id + "/requests/" + complaint + "/answer").then()
                .statusCode(200);
        tokens.as("caseworker1").post("/api/v1/cases/" + id + "/requests/" + complaint + "/answer").then()
                .statusCode(409);
        tokens.as("survivor1").post("/api/v1/cases/" + id + "/requests/" + records + "/answer").then()
                .statusCode(403);
        JsonPath answered = promises(id);
        assertEquals("MET", status(answered, "C10"));
        assertEquals("PENDING", status(answered, "C9"));
        assertTrue(answered.getString("messages[-1].text").contains("Ombudsman"));
        // A records request is answered by releasing the survivor's copy (subjectaccess/), not by a click.
        tokens.as("caseworker1").post("/api/v1/cases/" + id + "/requests/" + records + "/answer").then()
                .statusCode(409);
        assertEquals("PENDING", status(promises(id), "C9"));
        String copy = "/api/v1/cases/" + id + "/requests/" + records + "/copy";
        tokens.as("caseworker1").post(copy + "/reviewed").then().statusCode(200);
        tokens.as("caseworker2").post(copy + "/release").then().statusCode(200);
        assertEquals("MET", status(promises(id), "C9"));
        assertEquals(1, Rows.audited(dataSource, id, "REQUEST_RECORDS"));
        assertEquals(1, Rows.audited(dataSource, id, "COMPLAIN"), "the refused empty complaint audits nothing");
        assertEquals(2, Rows.audited(dataSource, id, "ANSWER_REQUEST"), "the refused second answer audits nothing");
    }

    @Test
    void closingACaseEndsTheClocksStillRunning() {
        String id = newCase();
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        move(id, "ACKNOWLEDGED", Map.of());
        move(id, "SCREENING", Map.of());
        tokens.as("caseworker1").body(Map.of("subjectType", "ADULT_NON_RECENT", "immediateDanger", false, "risk",
                "LOW", "policeReferral", "SURVIVOR_DECLINED", "classification", "EXPLOITATION"))
                .post("/api/v1/cases/" + id + "/screening").then()
                .statusCode(201);
        for (String next : List.of("ASSIGNED", "NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            move(id, next, Map.of());
        }
        move(id, "CLOSURE_PROPOSED", Map.of("survivorReasons", "Support is complete", "exitPlanAgreed", true,
                "closureReason", "SUPPORT_COMPLETED"));
        tokens.as("caseworker2").body(Map.of("to", "CLOSED")).post("/api/v1/cases/" + id + "/transitions").then()
                .statusCode(200);
        JsonPath closed = promises(id);
        assertEquals("ENDED", status(closed, "C5"), "no contact is owed after closure");
        assertEquals(List.of(), Rows.texts(dataSource, "select id from commitment_instance where case_id = ? "
                + "and status in ('PENDING', 'PAUSED')", UUID.fromString(id)), "no clock left running");
        assertEquals(List.of("false"), Rows.texts(dataSource, "select breach_rank = 0 from survivor_case where id = ?",
                UUID.fromString(id)));

        move(id, "REOPENED", Map.of("reason", "She asked for support again"));
        List<String> keptInTouch = promises(id).getList("commitments.findAll { it.commitmentId == 'C5' }.status");
        assertEquals("PENDING", keptInTouch.get(keptInTouch.size() - 1), "reopening starts keeping in touch again");
    }

    @Test
    void aWaivedPromiseIsNotRenewedAndARepeatingOneIsKeptOneAtATime() {
        String id = newCase();
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        String c5 = promises(id).getString("commitments.find { it.commitmentId == 'C5' }.id");
        tokens.as("survivor1").body(Map.of("reason", "I will get in touch when I am ready"))
                .post("/api/v1/me/cases/" + id + "/commitments/" + c5 + "/waiver").then().statusCode(200);
        message(id, Map.of("preferencesAsked", true));
        assertEquals(List.of("WAIVED"), promises(id).getList("commitments.findAll { it.commitmentId == 'C5' }.status"),
                "the survivor's waiver is not undone by the next contact");

        tokens.as("survivor1").body(Map.of("text", "First complaint")).post("/api/v1/me/cases/" + id + "/complaints")
                .then().statusCode(201);
        String second = tokens.as("survivor1").body(Map.of("text", "Second complaint"))
                .post("/api/v1/me/cases/" + id + "/complaints").then().statusCode(201).extract().path("id");
        tokens.as("caseworker1").post("/api/v1/cases/" + id + "/requests/" + second + "/answer").then().statusCode(200);
        assertEquals(List.of("PENDING", "MET"),
                promises(id).getList("commitments.findAll { it.commitmentId == 'C10' }.status"),
                "answering the second complaint keeps the second complaint's promise, not the first's");
    }

    @Test
    void aPromiseStartedWhileTheCaseIsPausedWaitsAndOneKeptDuringThePauseCounts() {
        String id = newCase();
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/pause").then().statusCode(200);
        tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/records-requests").then().statusCode(201);
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
        JsonPath paused = promises(id);
        assertEquals("PAUSED", status(paused, "C9"), "started during the pause: its clock waits");
        assertEquals("PAUSED", status(paused, "C4"));
        assertEquals("MET", status(paused, "C2"), "the worker was assigned during the pause: kept");
    }

    @Test
    void theCharterIsPublicAsDataAndAsAPage() {
        io.restassured.RestAssured.given().get("/api/v1/charter").then().statusCode(200)
                .body("version", equalTo(1)).body("commitments", org.hamcrest.Matchers.hasSize(12))
                .body("commitments.find { it.id == 'C1' }.due.rule", equalTo("WORKING_DAYS"))
                .body("commitments.find { it.id == 'C5' }.due.amount", equalTo(28))
                .body("commitments.find { it.id == 'C3' }.waivable", equalTo(true));
        io.restassured.RestAssured.given().redirects().follow(false).get("/charter").then().statusCode(200)
                .body(containsString("id=\"commitment-C12\""));
    }
}
