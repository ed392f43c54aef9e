package org.safeguarding.portal.casefile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * The record's actions, one thing per page: each page opens for the case's worker with the case's reference and
 * status and a way back; a bad submission shows the error summary, the field's error and what was typed; a good
 * one is post-redirect-get to the record with a success notification; a colleague's case asks why first; the board
 * and survivors never reach them (PageAccessMatrixTest holds the roles for every action path).
 */
@QuarkusTest
class CaseActionPagesTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    Casework casework;
    Tokens tokens;
    PageSession page;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
        page = PageSession.signIn("caseworker1");
    }

    private static String path(String id, String action) {
        return "/casework/cases/" + id + action;
    }

    private Response submit(String id, String action, Map<String, String> fields) {
        return page.submit(path(id, action), path(id, action), fields);
    }

    /** The action page: 200, its own title, the case's reference and status, the way back, and one form. */
    private String opens(String id, String action, String title) {
        String html = page.get(path(id, action)).then().statusCode(200)
                .body("html.head.title", equalTo(title + " \u2013 Casework \u2013 Council services"))
                .body(containsString("id=\"action-case\""))
                .body(containsString("id=\"action-case-status\""))
                .body(containsString("href=\"/casework/cases/" + id + "\" class=\"govuk-back-link\""))
                .body(not(containsString("id=\"error-summary\""))).extract().asString();
        assertEquals(1, html.split("<form ", -1).length - 1, "one thing per page: " + action);
        return html;
    }

    private String reference(String id) {
        return tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).extract().path("reference");
    }

    /** 303 to the record with the notification, which says what was done. */
    private void lands(String id, Response response, String done, String words) {
        response.then().statusCode(303).header("Location", endsWith("/casework/cases/" + id + "?done=" + done));
        page.get(path(id, "?done=" + done)).then().statusCode(200)
                .body(containsString("govuk-notification-banner--success"))
                .body(containsString(words));
    }

    @Test
    void theRecordIsASummaryWithALinkToEachActionAndNoFormOfItsOwn() {
        String id = casework.newCase(Map.of());
        String record = page.get(path(id, "")).then().statusCode(200)
                .body(containsString("class=\"govuk-summary-list\""))
                .body(not(containsString("govuk-notification-banner"))).extract().asString();
        for (String action : List.of("/claim", "/transitions", "/screening", "/onward-referrals", "/messages", "/notes",
                "/contact-frequency")) {
            org.junit.jupiter.api.Assertions.assertTrue(record.contains("href=\"/casework/cases/" + id + action + "\""),
                    "the record links to " + action);
        }
        org.junit.jupiter.api.Assertions.assertFalse(record.contains("<form "), "the record holds no form");
        // An unknown notification is none at all: nothing from the URL is echoed.
        page.get(path(id, "?done=<script>")).then().statusCode(200)
                .body(not(containsString("govuk-notification-banner"))).body(not(containsString("<script>")));
    }

    @Test
    void claimAndMoveTheCase() {
        String id = casework.newCase(Map.of());
        String reference = reference(id);
        String claim = opens(id, "/claim", "Claim case " + reference);
        org.junit.jupiter.api.Assertions.assertTrue(claim.contains("id=\"claim\""));
        lands(id, submit(id, "/claim", Map.of()), "claim", "You are now this case");

        opens(id, "/transitions", "Move case " + reference);
        // Nothing chosen: the error summary, the field's error, and the reason as typed, kept.
        submit(id, "/transitions", Map.of("reason", "Typed reason kept")).then().statusCode(422)
                .body("html.head.title", org.hamcrest.Matchers.startsWith("Error: Move case"))
                .body(containsString("id=\"error-summary\""))
                .body(containsString("Choose where to move the case"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*<a href=\"#to-[A-Z_]+\">Choose where.*"))
                .body(containsString("govuk-error-message"))
                .body(containsString("Typed reason kept"));
        // A move the workflow refuses: why, in words, on the page, the choice kept.
        submit(id, "/transitions", Map.of("to", "ACKNOWLEDGED")).then().statusCode(303);
        submit(id, "/transitions", Map.of("to", "SCREENING")).then().statusCode(303);
        submit(id, "/transitions", Map.of("to", "ASSIGNED")).then().statusCode(409)
                .body(containsString("Record a screening before the case moves on"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"to-ASSIGNED\"[^>]*checked.*"));
        lands(id, submit(id, "/transitions", Map.of("to", "ESCALATED", "reason", "Needs a senior now")), "transition",
                "The case was moved");
    }

    @Test
    void agreeTheContactFrequency() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        opens(id, "/contact-frequency", "Contact frequency, case " + reference(id));
        submit(id, "/contact-frequency", Map.of("days", "45")).then().statusCode(422)
                .body(containsString("id=\"error-summary\"")).body(containsString("govuk-input--error"))
                .body(containsString("value=\"45\""));
        lands(id, submit(id, "/contact-frequency", Map.of("days", "14")), "contact_frequency", "contact frequency was saved");
        page.get(path(id, "")).then().body(containsString("id=\"contact-every\">14"));
    }

    @Test
    void recordAScreening() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        opens(id, "/screening", "Screening, case " + reference(id));
        Map<String, String> partial = Map.of("subjectType", "CHILD_AT_RISK", "risk", "MEDIUM", "childUnder13", "yes",
                "rationale", "Rationale typed and kept");
        submit(id, "/screening", partial).then().statusCode(422)
                .body(containsString("id=\"error-summary\""))
                .body(containsString("Say whether anyone is in immediate danger"))
                .body(containsString("<a href=\"#immediateDanger-yes\">"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"subjectType-CHILD_AT_RISK\"[^>]*checked.*"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"risk-MEDIUM\"[^>]*checked.*"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"childUnder13\"[^>]*checked.*"))
                .body(containsString("Rationale typed and kept"));
        Map<String, String> full = new HashMap<>(partial);
        full.putAll(Map.of("immediateDanger", "no", "policeReferral", "NOT_YET_ASKED", "classification", "EXPLOITATION"));
        lands(id, submit(id, "/screening", full), "screening", "The screening was recorded");
    }

    @Test
    void proposeAndMoveAnOnwardReferral() {
        String id = casework.newCase(Map.of("health", "GRANTED"));
        casework.claim("caseworker1", id);
        String reference = reference(id);
        opens(id, "/onward-referrals", "Onward referral, case " + reference);
        submit(id, "/onward-referrals", Map.of("partner", "POLICE", "overrideReason", "Override typed and kept"))
                .then().statusCode(409).body(containsString("The survivor has not agreed to this"))
                .body(containsString("<option value=\"POLICE\" selected>"))
                .body(containsString("Override typed and kept"));
        lands(id, submit(id, "/onward-referrals", Map.of("partner", "HEALTH")), "onward", "onward referral was proposed");

        String referral = tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).extract()
                .path("onwardReferrals[0].id");
        String status = "/onward-referrals/" + referral + "/status";
        page.get(path(id, "")).then().body(containsString("href=\"/casework/cases/" + id + status + "\""));
        opens(id, status, "Update onward referral, case " + reference);
        submit(id, status, Map.of()).then().statusCode(422).body(containsString("id=\"error-summary\""));
        lands(id, submit(id, status, Map.of("status", "SENT")), "onward_status", "onward referral was updated");
        page.get(path(id, "")).then().body(containsString("data-partner=\"HEALTH\" data-status=\"SENT\""));
    }

    @Test
    void sendAMessageAndAddANote() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        String reference = reference(id);
        opens(id, "/messages", "Message, case " + reference);
        submit(id, "/messages", Map.of("text", "Message typed and kept", "channel", "SMS")).then().statusCode(409)
                .body(containsString("contact-safety plan does not allow"))
                .body(containsString("Message typed and kept"))
                .body(containsString("<option value=\"SMS\" selected>"));
        submit(id, "/messages", Map.of("text", "", "channel", "PORTAL")).then().statusCode(422)
                .body(containsString("id=\"error-summary\"")).body(containsString("govuk-textarea--error"));
        lands(id, submit(id, "/messages", Map.of("text", "Hello from the hub", "channel", "PORTAL")), "message",
                "The message was sent");

        opens(id, "/notes", "Note, case " + reference);
        submit(id, "/notes", Map.of("text", "")).then().statusCode(422).body(containsString("id=\"error-summary\""))
                .body(containsString("<a href=\"#note-text\">"));
        lands(id, submit(id, "/notes", Map.of("text", "Spoke with her about an ISVA.")), "note", "The note was saved");
        page.get(path(id, "")).then().body(containsString("Spoke with her about an ISVA."));
    }

    @Test
    void answerASurvivorsRequest() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        tokens.as("survivor1").body(Map.of("text", "Nobody rang me back")).post("/api/v1/me/cases/" + id
                + "/complaints").then().statusCode(201);
        String request = tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).extract()
                .path("requests[0].id");
        String answer = "/requests/" + request + "/answer";
        page.get(path(id, "")).then().body(containsString("href=\"/casework/cases/" + id + answer + "\""));
        String reference = reference(id);
        long viewsBefore = Rows.audited(dataSource, id, "VIEW_CASE");
        opens(id, answer, "Survivor's request, case " + reference);
        assertEquals(viewsBefore + 1, Rows.audited(dataSource, id, "VIEW_CASE"),
                "the page shows the request, so the read is audited");
        lands(id, submit(id, answer, Map.of()), "request", "The request was answered");
        // Answered already: the page says so and offers nothing more.
        page.get(path(id, answer)).then().statusCode(200).body(containsString("id=\"request-answered\""))
                .body(not(containsString("id=\"answer-form\"")));
    }

    /** A records request is answered by releasing the survivor's copy: its page links there and offers no button. */
    @Test
    void aRecordsRequestsPageLeadsToTheCopyInsteadOfAnsweringIt() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        String request = tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/records-requests").then()
                .statusCode(201).extract().path("id");
        String copy = "/casework/cases/" + id + "/requests/" + request + "/copy";
        page.get(path(id, "")).then().body(containsString("href=\"" + copy + "\""))
                .body(not(containsString("/requests/" + request + "/answer")));
        page.get(path(id, "/requests/" + request + "/answer")).then().statusCode(200)
                .body(containsString("href=\"" + copy + "\"")).body(not(containsString("id=\"answer-form\"")));
        page.get(copy).then().statusCode(200).body(containsString("id=\"review-form\""));
        page.request().formParam("csrf", page.csrfTokenFrom(path(id, "/notes"))).post(path(id, "/requests/" + request
                + "/answer")).then().statusCode(409);
    }

    @Test
    void aColleaguesCaseAsksWhyFirstAndIsNotChangedWithoutIt() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker2", id);
        for (String action : List.of("/claim", "/transitions", "/screening", "/onward-referrals", "/messages", "/notes",
                "/contact-frequency")) {
            page.get(path(id, action)).then().statusCode(303).header("Location", endsWith("/casework/cases/" + id));
        }
        page.get(path(id, "")).then().statusCode(403).body(containsString("name=\"reason\""));
        page.request().formParam("csrf", page.csrfTokenFrom(path(id, ""))).formParam("text", "not allowed")
                .post(path(id, "/notes")).then().statusCode(403);
    }
}
