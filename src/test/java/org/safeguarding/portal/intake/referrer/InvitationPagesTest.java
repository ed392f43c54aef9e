package org.safeguarding.portal.intake.referrer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.ReceiptPageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.TestUsers;
import org.safeguarding.portal.testing.Tokens;

/**
 * Issue 17, as pages: the caseworker's record shows someone else's referral (who told us, the referrer's details, that
 * the contact plan is the referrer's view) and makes the survivor's invitation code, shown once; the survivor takes
 * the case over on a page, signed in or with a new receipt code instead of an account; the referrer never reads it; a
 * used, replaced or expired code is refused alike, and tries are limited.
 */
@QuarkusTest
class InvitationPagesTest {

    private static final Pattern CODE_ON_PAGE = Pattern.compile("id=\"invitation-code\">(.*?)</strong>");

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** survivor1 refers someone as their school, with their details; the case's id, as the hub knows it. */
    private UUID referredBySurvivor1() {
        String reference = given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"account\":\"A pupil told me something worrying\",\"contactPlan\":{\"channels\":[\"PORTAL\"]},"
                        + "\"referrer\":{\"toldBy\":\"SCHOOL\",\"name\":\"Ms Referrer\",\"role\":\"Head of year\","
                        + "\"organisation\":\"Riverside Academy\",\"contact\":\"School office, mornings\","
                        + "\"survivorName\":\"Sam\",\"survivorAgeBand\":\"AGE_13_15\",\"survivorKnows\":\"NOT_SURE\"}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("reference");
        return UUID.fromString(Rows.texts(dataSource, "select id from survivor_case where reference = ?", reference)
                .get(0));
    }

    /** The caseworker presses "Make an invitation code for the survivor" on the record; the page that answers. */
    private static Response makeCode(PageSession caseworker, UUID id) {
        return caseworker.submit("/casework/cases/" + id, "/casework/cases/" + id + "/invitation", Map.of());
    }

    private static String codeOn(Response issued) {
        Matcher code = CODE_ON_PAGE.matcher(issued.asString());
        assertTrue(code.find(), "the code is on the page");
        return code.group(1).replaceAll("<[^>]+>", "").trim();
    }

    private String inviteByPage(UUID id) {
        return codeOn(makeCode(PageSession.signIn("caseworker1"), id));
    }

    @Test
    void theRecordShowsWhoToldUsAndThatThePlanIsTheReferrersView() {
        UUID id = referredBySurvivor1();
        PageSession caseworker = PageSession.signIn("caseworker1");
        String record = caseworker.get("/casework/cases/" + id).then().statusCode(200).extract().asString();
        assertTrue(record.contains("id=\"referrer\""), "the section is there");
        assertTrue(record.contains("data-status=\"SCHOOL\"") && record.contains("A school"), "who told us");
        for (String shown : List.of("Ms Referrer", "Head of year", "Riverside Academy", "School office, mornings",
                "Sam", "13 to 15", "The referrer is not sure")) {
            assertTrue(record.contains(shown), shown);
        }
        assertTrue(record.contains("id=\"referrers-view\""), "the plan is marked as the referrer's view");
        assertTrue(record.contains("data-stage=\"NONE\""), "no invitation yet");
        assertTrue(record.contains("action=\"/casework/cases/" + id + "/invitation\""), "the button's form");
        assertEquals(1, Rows.count(dataSource,
                "select count(*) from audit_event where action = 'VIEW_CASE' and record_id = ?", id),
                "the record's read, with the referrer on it, is audited once");
    }

    @Test
    void aSurvivorsOwnCaseShowsNoReferrerSection() {
        String id = tokens.as("survivor1").body(Map.of("account", "My own account", "contactPlan",
                Map.of("channels", List.of("PORTAL")))).post("/api/v1/referrals").then().statusCode(201).extract()
                .path("id");
        String record = PageSession.signIn("caseworker1").get("/casework/cases/" + id).then().statusCode(200)
                .extract().asString();
        assertFalse(record.contains("id=\"referrer\""));
        assertFalse(record.contains("/invitation\""), "nobody to invite");
    }

    @Test
    void theCodeIsShownOnceInGroupsOfFiveAndNeverAgain() {
        UUID id = referredBySurvivor1();
        PageSession caseworker = PageSession.signIn("caseworker1");
        Response issued = makeCode(caseworker, id);
        issued.then().statusCode(200);
        assertEquals("no-store", issued.getHeader("Cache-Control"));
        String code = codeOn(issued);
        assertTrue(code.matches("[A-Z2-9]{5}( [A-Z2-9]{5}){3}"), code);
        String page = issued.asString();
        assertTrue(page.contains("id=\"invitation-expires\"") && page.contains("id=\"invitation-handover\""));
        assertTrue(page.contains("Never give it to the person who told us"), "guidance: never to the referrer");

        String record = caseworker.get("/casework/cases/" + id).asString();
        assertTrue(record.contains("data-stage=\"OUTSTANDING\""), "outstanding, with when made and expiring");
        assertFalse(record.contains(code.replace(" ", "")) || record.contains(code)
                || record.contains(code.replace(' ', '-')), "never the code again");
        assertEquals(1, Rows.count(dataSource,
                "select count(*) from audit_event where action = 'INVITE_SURVIVOR' and record_id = ?", id));
    }

    @Test
    void anotherRoleCannotMakeACode() {
        UUID id = referredBySurvivor1();
        PageSession survivor = PageSession.signIn("survivor1");
        Response refused = survivor.request().formParam("csrf", survivor.csrfTokenFrom("/my/invitation"))
                .post("/casework/cases/" + id + "/invitation");
        assertEquals(403, refused.statusCode());
        assertEquals(0, Rows.count(dataSource, "select count(*) from survivor_invitation where case_id = ?", id));
    }

    @Test
    void theSurvivorTakesTheCaseOverOnThePageAndTheReferrerStillCannotReadIt() {
        UUID id = referredBySurvivor1();
        String code = inviteByPage(id);
        String taker = TestUsers.newSurvivor(keycloakUrl);
        PageSession survivor = PageSession.signIn(taker);
        assertTrue(survivor.get("/my/cases").asString().contains("href=\"/my/invitation\""),
                "the case list offers the way in");
        survivor.get("/my/invitation").then().statusCode(200);

        Response accepted = survivor.submit("/my/invitation", "/my/invitation",
                Map.of("code", code.toLowerCase().replace(" ", " - ")));
        assertEquals(303, accepted.statusCode(), accepted.asString());
        assertTrue(accepted.header("Location").endsWith("/my/invitation/taken/" + id));
        String taken = survivor.get("/my/invitation/taken/" + id).then().statusCode(200).extract().asString();
        assertTrue(taken.contains("href=\"/my/cases/" + id + "/contact-plan\"")
                && taken.contains("href=\"/my/cases/" + id + "/consents\""), "asked for their own plan and consents");

        String plan = survivor.get("/my/cases/" + id + "/contact-plan").then().statusCode(200).extract().asString();
        assertTrue(plan.contains("id=\"referrers-view\""), "the plan shown is still the referrer's, and says so");
        survivor.get("/my/cases/" + id).then().statusCode(200);

        PageSession referrer = PageSession.signIn("survivor1");
        referrer.get("/my/cases/" + id).then().statusCode(404);
        referrer.get("/my/invitation/taken/" + id).then().statusCode(404);
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(404);

        String record = PageSession.signIn("caseworker1").get("/casework/cases/" + id).asString();
        assertTrue(record.contains("data-stage=\"ACCEPTED\""), "the record says it was accepted");
        assertFalse(record.contains("action=\"/casework/cases/" + id + "/invitation\""), "no more codes");
    }

    @Test
    void aUsedOrExpiredCodeIsRefusedOnThePageAlikeAndNothingTypedIsEchoed() {
        UUID used = referredBySurvivor1();
        String usedCode = inviteByPage(used);
        PageSession first = PageSession.signIn(TestUsers.newSurvivor(keycloakUrl));
        assertEquals(303, first.submit("/my/invitation", "/my/invitation", Map.of("code", usedCode)).statusCode());

        PageSession other = PageSession.signIn(TestUsers.newSurvivor(keycloakUrl));
        Response again = other.submit("/my/invitation", "/my/invitation", Map.of("code", usedCode));
        assertEquals(422, again.statusCode());
        assertTrue(again.asString().contains("This code does not work"));
        assertFalse(again.asString().contains(usedCode), "what was typed is not quoted back");

        UUID expiring = referredBySurvivor1();
        String expiringCode = inviteByPage(expiring);
        clock.advance(Duration.ofDays(15));
        Response expired = other.submit("/my/invitation", "/my/invitation", Map.of("code", expiringCode));
        assertEquals(422, expired.statusCode());
        assertEquals(errorOf(again), errorOf(expired), "an expired code reads like a used one");
        other.get("/my/cases/" + expiring).then().statusCode(404);
        clock.reset();
        String record = PageSession.signIn("caseworker1").get("/casework/cases/" + expiring).asString();
        assertTrue(record.contains("data-stage=\"OUTSTANDING\""), "still outstanding back in its time");
    }

    private static String errorOf(Response page) {
        Matcher summary = Pattern.compile("<div class=\"govuk-error-summary__body\">(.*?)</div>", Pattern.DOTALL)
                .matcher(page.asString());
        assertTrue(summary.find());
        return summary.group(1);
    }

    @Test
    void aSignedInSurvivorsTriesAreLimited() {
        PageSession guesser = PageSession.signIn(TestUsers.newSurvivor(keycloakUrl));
        for (int i = 0; i < 5; i++) {
            assertEquals(422, guesser.submit("/my/invitation", "/my/invitation",
                    Map.of("code", "AAAAA-BBBBB-CCCCC-DDDD" + (i + 2))).statusCode());
        }
        UUID id = referredBySurvivor1();
        Response refused = guesser.submit("/my/invitation", "/my/invitation", Map.of("code", inviteByPage(id)));
        assertEquals(429, refused.statusCode(), "refused whatever the code");
        assertNotNull(refused.header("Retry-After"));
        assertTrue(refused.asString().contains("You have tried too many times"));
        guesser.get("/my/cases/" + id).then().statusCode(404);
    }

    @Test
    void withoutAnAccountTheAcceptanceGivesAReceiptCodeForThatCaseOnly() {
        UUID id = referredBySurvivor1();
        String code = inviteByPage(id);
        ReceiptPageSession person = new ReceiptPageSession();
        assertTrue(person.get("/receipt/start").asString().contains("href=\"/receipt/invitation\""),
                "the receipt start page offers the way in");
        String csrf = ReceiptPageSession.csrfFrom(person.get("/receipt/invitation"));
        Response shown = person.postWithToken(csrf, "/receipt/invitation", "code", code);
        assertEquals(200, shown.statusCode(), shown.asString());
        assertEquals("no-store", shown.getHeader("Cache-Control"));
        String receiptCode = ReceiptPageSession.codeOn(shown);
        assertTrue(shown.asString().contains("href=\"/my/invitation/taken/" + id + "\""));
        person.get("/my/invitation/taken/" + id).then().statusCode(200);
        person.get("/my/cases/" + id).then().statusCode(200);
        String owner = Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?", id).get(0);
        assertTrue(owner.startsWith("receipt:"), owner);
        assertEquals(1, Rows.count(dataSource, "select count(*) from receipt where owner_subject = ?", owner));

        ReceiptPageSession later = new ReceiptPageSession();
        assertEquals(303, later.comeBack(receiptCode).statusCode(), "the new receipt code opens the case");
        later.get("/my/cases/" + id).then().statusCode(200);
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(404);
        assertEquals(1, Rows.count(dataSource,
                "select count(*) from audit_event where action = 'ACCEPT_INVITATION' and record_id = ?", id));
    }

    @Test
    void aReceiptSessionCannotTakeAnotherCase() {
        UUID first = referredBySurvivor1();
        ReceiptPageSession holder = new ReceiptPageSession();
        holder.postWithToken(ReceiptPageSession.csrfFrom(holder.get("/receipt/invitation")), "/receipt/invitation",
                "code", inviteByPage(first)).then().statusCode(200);
        UUID second = referredBySurvivor1();
        String secondCode = inviteByPage(second);

        assertEquals(303, holder.get("/receipt/invitation").statusCode(), "the session is sent to its own case");
        Response tried = holder.post("/receipt/invitation", "code", secondCode);
        assertEquals(303, tried.statusCode());
        assertEquals("/my/cases", java.net.URI.create(tried.header("Location")).getPath());
        holder.get("/my/cases/" + second).then().statusCode(404);
        assertTrue(Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?", second).get(0)
                .startsWith(Referrers.AWAITING_SURVIVOR), "the second case still waits for its survivor");
        PageSession survivor = PageSession.signIn(TestUsers.newSurvivor(keycloakUrl));
        assertEquals(303, survivor.submit("/my/invitation", "/my/invitation", Map.of("code", secondCode))
                .statusCode(), "its code was not spent");
    }

    @Test
    void withoutAnAccountAUsedCodeIsRefusedAndTriesAreLimitedLikeReceiptCodes() {
        UUID id = referredBySurvivor1();
        String code = inviteByPage(id);
        ReceiptPageSession taker = new ReceiptPageSession();
        taker.postWithToken(ReceiptPageSession.csrfFrom(taker.get("/receipt/invitation")), "/receipt/invitation",
                "code", code).then().statusCode(200);

        ReceiptPageSession guesser = new ReceiptPageSession();
        String csrf = ReceiptPageSession.csrfFrom(guesser.get("/receipt/invitation"));
        Response used = guesser.postWithToken(csrf, "/receipt/invitation", "code", code);
        assertEquals(422, used.statusCode());
        assertTrue(used.asString().contains("This code does not work"));
        assertFalse(used.asString().contains(code));
        assertEquals(null, guesser.cookie("portal_receipt"), "no session for a code that opens nothing");
        for (int i = 0; i < 4; i++) {
            guesser.postWithToken(csrf, "/receipt/invitation", "code", "AAAAA-BBBBB-CCCCC-DDDD" + (i + 2));
        }
        UUID another = referredBySurvivor1();
        Response refused = guesser.postWithToken(csrf, "/receipt/invitation", "code", inviteByPage(another));
        assertEquals(429, refused.statusCode(), "the receipt codes' allowance for the address is used up");
        assertNotNull(refused.header("Retry-After"));
        assertEquals(429, guesser.comeBack("1234 5678 9012 3456 7890").statusCode(),
                "coming back with a receipt code from the same address is refused too: one allowance");
    }

    @Test
    void theSurvivorsAccessListSaysKindlyWhoToldUs() {
        UUID id = referredBySurvivor1();
        String code = inviteByPage(id);
        String taker = TestUsers.newSurvivor(keycloakUrl);
        PageSession survivor = PageSession.signIn(taker);
        assertEquals(303, survivor.submit("/my/invitation", "/my/invitation", Map.of("code", code)).statusCode());
        Response list = given().auth().oauth2(tokens.forUser(taker)).get("/api/v1/me/cases/" + id + "/access");
        list.then().statusCode(200);
        List<Map<String, Object>> entries = list.jsonPath().getList("$");
        Map<String, Object> submitted = entries.stream().filter(e -> "SUBMIT_REFERRAL".equals(e.get("action")))
                .findFirst().orElseThrow();
        assertEquals("The person who told us about you", submitted.get("role"));
        assertEquals("Told us they were worried about you", submitted.get("what"));
        assertEquals("So that the hub could offer you support", submitted.get("purpose"));
        assertTrue(entries.stream().anyMatch(e -> "INVITE_SURVIVOR".equals(e.get("action"))
                && "A caseworker in the hub".equals(e.get("role"))
                && "Made a code for you to take over the case someone else told us about".equals(e.get("what"))));
        assertTrue(entries.stream().anyMatch(e -> "ACCEPT_INVITATION".equals(e.get("action"))
                && "You".equals(e.get("role"))));
        String page = survivor.get("/my/cases/" + id + "/access").then().statusCode(200).extract().asString();
        assertTrue(page.contains("The person who told us about you"));
        assertFalse(page.contains("Ms Referrer"), "the referrer is not named");
    }
}
