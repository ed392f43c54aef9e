package org.safeguarding.portal.casefile;

import org.safeguarding.portal.testing.Casework;

import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Tokens;

/** The record's actions without JavaScript, each on its own page: each action lands, or its page says why not, in words. */
@QuarkusTest
class CaseRecordPagesTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    Casework casework;
    PageSession page;

    @BeforeEach
    void setUp() {
        casework = new Casework(new Tokens(keycloakUrl));
        page = PageSession.signIn("caseworker1");
    }

    /** Submits an action's form as its own page does (the record links to each action's page). */
    private io.restassured.response.Response submit(String id, String action, Map<String, String> fields) {
        String actionPage = "/casework/cases/" + id + action;
        return page.submit(actionPage, actionPage, fields);
    }

    @Test
    void aRefusedMoveShowsWhyAndAnAllowedOneLands() {
        String id = casework.newCase(Map.of());
        submit(id, "/transitions", Map.of("to", "ACKNOWLEDGED")).then().statusCode(303);
        submit(id, "/transitions", Map.of("to", "SCREENING")).then().statusCode(303);
        submit(id, "/transitions", Map.of("to", "ASSIGNED")).then().statusCode(409)
                .body(containsString("Record a screening before the case moves on"));
        submit(id, "/transitions", Map.of()).then().statusCode(422)
                .body(containsString("Choose where to move the case"));
        // The staff words for statuses and the staff heading for the survivor's requests, never the survivor's.
        page.get("/casework/cases/" + id).then()
                .body(containsString("id=\"case-status\" data-status=\"SCREENING\">Screening<"))
                .body(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*Acknowledged \u2192 Screening</td>\\s*<td class=\"govuk-table__cell\">Caseworker<.*"))
                .body(containsString("id=\"requests\">Records requests and complaints<"))
                .body(org.hamcrest.Matchers.not(containsString("Your records")));
    }

    @Test
    void screeningFromThePageAppliesTheOverrides() {
        String id = casework.newCase(Map.of());
        submit(id, "/screening", Map.of("risk", "LOW")).then().statusCode(422)
                .body(containsString("Choose who the case is about"))
                .body(containsString("Say whether anyone is in immediate danger"));
        submit(id, "/screening", Map.of("subjectType", "CHILD_AT_RISK", "immediateDanger", "no", "risk", "LOW",
                "childUnder13", "yes", "policeReferral", "NOT_YET_ASKED", "classification", "EXPLOITATION")).then()
                .statusCode(303);
        page.get("/casework/cases/" + id).then().body(containsString("id=\"screened-risk\">Medium"))
                .body(containsString("never Low"))
                .body(containsString("data-partner=\"MASH\" data-status=\"PROPOSED\">Proposed<"));
    }

    @Test
    void onwardReferralsAndMessagesSayWhenTheSurvivorHasNotAgreed() {
        String id = casework.newCase(Map.of("health", "GRANTED"));
        submit(id, "/onward-referrals", Map.of("partner", "POLICE")).then().statusCode(409)
                .body(containsString("The survivor has not agreed to this"));
        submit(id, "/onward-referrals", Map.of("partner", "HEALTH")).then().statusCode(303);
        submit(id, "/messages", Map.of("text", "Hello", "channel", "SMS")).then().statusCode(409)
                .body(containsString("contact-safety plan does not allow"));
        submit(id, "/messages", Map.of("text", "Hello from the hub", "channel", "PORTAL")).then().statusCode(303);
        submit(id, "/messages", Map.of("text", "", "channel", "PORTAL")).then().statusCode(422);
        submit(id, "/screening", Map.of("risk", "EXTREME")).then().statusCode(400);
    }

    @Test
    void theScreeningFormAsksWhatTheScreeningFoundWithNothingChosenAndExplainsAMoveAway() {
        String id = casework.newCase(Map.of());
        String form = page.get("/casework/cases/" + id + "/screening").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(form.contains("name=\"classification\" type=\"radio\""));
        org.junit.jupiter.api.Assertions.assertFalse(form.matches("(?s).*name=\"classification\"[^>]*checked.*"),
                "nothing chosen for the caseworker");
        Map<String, String> essentials = Map.of("subjectType", "ADULT_NON_RECENT", "immediateDanger", "no", "risk",
                "LOW", "policeReferral", "SURVIVOR_DECLINED");
        submit(id, "/screening", essentials).then().statusCode(422)
                .body(containsString("Choose what the screening found"));
        Map<String, String> away = new java.util.HashMap<>(essentials);
        away.put("classification", "NO_HARM_IDENTIFIED");
        submit(id, "/screening", away).then().statusCode(422)
                .body(containsString("Explain in the rationale why this is not classified as exploitation"));
        away.put("classification", "CONSENSUAL");
        submit(id, "/screening", away).then().statusCode(400);
        away.put("classification", "NO_HARM_IDENTIFIED");
        away.put("rationale", "The account describes a neighbour's dispute; no sexual harm was disclosed.");
        submit(id, "/screening", away).then().statusCode(303);
        page.get("/casework/cases/" + id).then()
                .body(containsString("id=\"screened-classification\">No harm identified<"));
    }
}
