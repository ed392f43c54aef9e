package org.safeguarding.portal.intake.steps;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.IntakePages;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;

/** The intake steps keep what a survivor types: saved at every step, encrypted, there again after signing in anew. */
@QuarkusTest
class IntakeDraftPagesTest {

    @Inject
    DataSource dataSource;

    private static Response post(PageSession session, String path, String... fieldsAndValues) {
        var request = session.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", session.csrfTokenFrom("/my/tell-us/1"));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.formParam(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return request.post(path);
    }

    @Test
    void aDraftSurvivesANewSessionAndIsEncryptedAtRest() throws Exception {
        String canary = "Draft canary " + UUID.randomUUID();
        PageSession first = PageSession.signIn("survivor2");
        post(first, "/my/tell-us/1", "account", canary).then().statusCode(303)
                .header("Location", containsString("/my/tell-us/2"));

        PageSession later = PageSession.signIn("survivor2");
        later.get("/my/cases").then().statusCode(200).body(containsString("Continue where you left off"));
        later.get("/my/tell-us/1").then().statusCode(200).body(containsString(canary))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"keep-until\">[^<]*Press Continue before "
                        + "[0-9]{1,2}:[0-9]{2}[ap]m.*"));

        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement().executeQuery("select d.payload_ciphertext, d::text from intake_draft d")) {
            int drafts = 0;
            while (rows.next()) {
                drafts++;
                assertFalse(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1).contains("Draft canary"));
                assertFalse(rows.getString(2).contains("Draft canary"), "no column holds the plaintext");
            }
            assertTrue(drafts >= 1);
        }

        post(later, "/my/tell-us/delete").then().statusCode(303).header("Location", containsString("draftDeleted"));
        later.get("/my/tell-us/1").then().statusCode(200).body(not(containsString(canary)));
        later.get("/my/cases").then().body(not(containsString("Continue where you left off")));
    }

    @Test
    void backSavesTheStepAndReturnsToThePreviousOne() {
        PageSession survivor = PageSession.signIn("survivor2");
        post(survivor, "/my/tell-us/3", "ageAtHarm", "AGE_13_15", "back", "true").then().statusCode(303)
                .header("Location", containsString("/my/tell-us/2"));
        survivor.get("/my/tell-us/3").then().body(containsString("value=\"AGE_13_15\" checked"));
        post(survivor, "/my/tell-us/delete");
    }

    @Test
    void checkYourAnswersShowsEveryAnswerInPlainWordsWithChangeLinks() {
        PageSession survivor = PageSession.signIn("survivor2");
        post(survivor, "/my/tell-us/2", "subject", "SOMEONE_ELSE");
        post(survivor, "/my/tell-us/5", "channels", "PHONE", "voicemail", "no", "safeTimes", "after 6pm",
                "codeWord", "bluebird");
        post(survivor, "/my/tell-us/6", "consent.POLICE", "NOT_NOW", "consent.ISVA", "GRANTED");
        survivor.get("/my/tell-us/check").then().statusCode(200)
                .body(containsString("Someone else")).body(containsString("Phone call, no voicemail; after 6pm"))
                .body(containsString("bluebird")).body(containsString("href=\"/my/tell-us/6\""))
                .body(containsString("Not now"));
        post(survivor, "/my/tell-us/delete");
    }

    @Test
    void sendingTwiceOpensOneCase() throws Exception {
        PageSession survivor = PageSession.signIn("survivor1");
        IntakePages.fillDraft(survivor, "Sent with a double click");
        String csrf = survivor.csrfTokenFrom("/my/tell-us/check");
        long before = Rows.count(dataSource, "select count(*) from referral");
        Response first = survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf)
                .post("/my/tell-us/send");
        Response second = survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf)
                .post("/my/tell-us/send");
        assertEquals(303, first.statusCode());
        assertEquals(303, second.statusCode());
        assertEquals(before + 1, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void theAnswersReachTheCaseAndTheCaseworker() {
        PageSession survivor = PageSession.signIn("survivor1");
        post(survivor, "/my/tell-us/4", "currentRisk", "yes");
        post(survivor, "/my/tell-us/6", "consent.POLICE", "GRANTED");
        String location = IntakePages.send(survivor, "Answers travel with the account");
        String caseId = location.replaceAll(".*/my/cases/([0-9a-f-]{36}).*", "$1");
        PageSession caseworker = PageSession.signIn("caseworker1");
        caseworker.get("/casework/cases/" + caseId).then().statusCode(200)
                .body(containsString("id=\"current-risk\""));
    }

}
