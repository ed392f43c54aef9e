package org.safeguarding.portal.intake.steps;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.ReceiptPageSession;
import org.safeguarding.portal.testing.Rows;

/**
 * Issue 17: the intake pages ask who is telling us. "Someone else" leads a signed-in person through who they are and
 * what they know of the survivor, never asks them for consents, and ends with the reference and acknowledgement only:
 * the case is the survivor's and is not in the sender's list.
 */
@QuarkusTest
class WhoIsTellingUsPagesTest {

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

    private static void next(Response response, String expected) {
        response.then().statusCode(303).header("Location", containsString(expected));
    }

    @Test
    void someoneElseIsAskedWhoTheyAreAndWhatTheyKnowButNotForConsents() {
        PageSession teacher = PageSession.signIn("survivor2");
        post(teacher, "/my/tell-us/delete");
        next(post(teacher, "/my/tell-us/2", "subject", "SOMEONE_ELSE"), "/my/tell-us/8");
        teacher.get("/my/tell-us/8").then().statusCode(200).body(containsString("Who are you?"))
                .body(containsString("value=\"SCHOOL\"")).body(not(containsString("value=\"SURVIVOR\"")));
        next(post(teacher, "/my/tell-us/8", "toldBy", "SCHOOL", "name", "Ms Ash", "role", "Safeguarding lead",
                "organisation", "Hill School", "contact", "Office 01632 960000"), "/my/tell-us/9");
        next(post(teacher, "/my/tell-us/9", "survivorName", "Pupil A", "survivorAge", "14", "survivorKnows", "NO"),
                "/my/tell-us/3");
        next(post(teacher, "/my/tell-us/3", "back", "true"), "/my/tell-us/9");
        next(post(teacher, "/my/tell-us/9", "back", "true", "survivorName", "Pupil A", "survivorAge", "14",
                "survivorKnows", "NO"), "/my/tell-us/8");
        teacher.get("/my/tell-us/5").then().body(containsString("id=\"contact-them\""));
        next(post(teacher, "/my/tell-us/5", "channels", "LETTER"), "/my/tell-us/7");
        next(post(teacher, "/my/tell-us/7", "back", "true"), "/my/tell-us/5");
        next(post(teacher, "/my/tell-us/7"), "/my/tell-us/check");

        teacher.get("/my/tell-us/check").then().statusCode(200)
                .body(containsString("A school")).body(containsString("Ms Ash")).body(containsString("Hill School"))
                .body(containsString("Pupil A")).body(containsString("href=\"/my/tell-us/8\""))
                .body(containsString("href=\"/my/tell-us/9\"")).body(containsString("id=\"no-consents\""))
                .body(not(containsString("href=\"/my/tell-us/6\"")));
        post(teacher, "/my/tell-us/delete");
    }

    @Test
    void whatTheyTypeIsEncryptedInTheDraftAndATooLongNameIsA422ThatSavesNothing() throws Exception {
        PageSession sender = PageSession.signIn("survivor2");
        post(sender, "/my/tell-us/delete");
        post(sender, "/my/tell-us/2", "subject", "SOMEONE_ELSE");
        String canary = "Referrer canary " + UUID.randomUUID();
        next(post(sender, "/my/tell-us/8", "toldBy", "HEALTH", "name", canary), "/my/tell-us/9");
        List<String> drafts = Rows.texts(dataSource, "select payload_ciphertext from intake_draft");
        assertFalse(drafts.stream().anyMatch(d -> d.contains("Referrer canary")), "the draft is one ciphertext");

        Response tooLong = post(sender, "/my/tell-us/8", "toldBy", "HEALTH", "name", "x".repeat(201));
        tooLong.then().statusCode(422).body(containsString("id=\"error-summary\""))
                .body(containsString("shorten it"));
        post(sender, "/my/tell-us/8").then().statusCode(422).body(containsString("Say who is telling us"));
        sender.get("/my/tell-us/8").then().body(containsString(canary));
        post(sender, "/my/tell-us/9", "survivorAge", "fourteen").then().statusCode(422)
                .body(containsString("Enter an age in years"));
        post(sender, "/my/tell-us/delete");
    }

    @Test
    void theSenderSeesTheReferenceAndAcknowledgementOnlyAndTheCaseIsNotInTheirList() {
        PageSession sender = PageSession.signIn("survivor2");
        post(sender, "/my/tell-us/delete");
        post(sender, "/my/tell-us/1", "account", "My neighbour's daughter is being picked up by men in cars");
        post(sender, "/my/tell-us/2", "subject", "SOMEONE_ELSE");
        post(sender, "/my/tell-us/8", "toldBy", "FAMILY_OR_FRIEND", "name", "A neighbour");
        post(sender, "/my/tell-us/9", "survivorAgeBand", "AGE_13_15", "survivorKnows", "NOT_SURE");
        post(sender, "/my/tell-us/5", "noContact", "true");
        long before = Rows.count(dataSource, "select count(*) from referral");
        String csrf = sender.csrfTokenFrom("/my/tell-us/check");
        Response sent = sender.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf)
                .post("/my/tell-us/send");
        sent.then().statusCode(200).body(containsString("id=\"sent-reference\"")).body(containsString("id=\"sent-proof\""))
                .body(not(containsString("/my/cases/")));
        String reference = sent.htmlPath().getString("**.find { it.@id == 'sent-reference' }");
        assertEquals(before + 1, Rows.count(dataSource, "select count(*) from referral"));
        // A second click finds no draft: one referral.
        sender.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf).post("/my/tell-us/send")
                .then().statusCode(303);
        assertEquals(before + 1, Rows.count(dataSource, "select count(*) from referral"));

        String caseId = Rows.texts(dataSource, "select id from survivor_case where reference = ?", reference).get(0);
        assertTrue(Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?::uuid", caseId).get(0)
                .startsWith("awaiting-survivor:"));
        assertEquals(List.of("FAMILY_OR_FRIEND"), Rows.texts(dataSource,
                "select told_by from referral where case_id = ?::uuid", caseId));
        assertEquals(0, Rows.count(dataSource, "select count(*) from consent_record where case_id = ?::uuid",
                caseId), "no consents: they are the survivor's");
        sender.get("/my/cases").then().statusCode(200).body(not(containsString(reference)))
                .body(not(containsString(caseId)));
        sender.get("/my/cases/" + caseId).then().statusCode(404);
    }

    /**
     * Without an account too: someone telling us about another person with a receipt code is asked who they are, and
     * what they send is the survivor's, not the code's: the code opens nothing of it afterwards.
     */
    @Test
    void withAReceiptCodeSomeoneElsesReferralIsTheSurvivorsAndTheCodeOpensNothingOfIt() {
        ReceiptPageSession sender = new ReceiptPageSession();
        String code = sender.startAndConfirm();
        sender.post("/my/tell-us/1", "account", "A girl at my daughter's school is given lifts by older men")
                .then().statusCode(303);
        sender.post("/my/tell-us/2", "subject", "SOMEONE_ELSE").then().statusCode(303)
                .header("Location", containsString("/my/tell-us/8"));
        sender.post("/my/tell-us/8", "toldBy", "FAMILY_OR_FRIEND", "name", "A parent").then().statusCode(303)
                .header("Location", containsString("/my/tell-us/9"));
        sender.post("/my/tell-us/9", "survivorAgeBand", "AGE_13_15", "survivorKnows", "NO").then().statusCode(303);
        sender.post("/my/tell-us/5", "noContact", "true").then().statusCode(303);
        Response sent = sender.post("/my/tell-us/send");
        sent.then().statusCode(200).body(containsString("id=\"sent-reference\"")).body(not(containsString("/my/cases/")));
        String reference = sent.htmlPath().getString("**.find { it.@id == 'sent-reference' }");
        String caseId = Rows.texts(dataSource, "select id from survivor_case where reference = ?", reference).get(0);
        assertTrue(Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?::uuid", caseId).get(0)
                .startsWith("awaiting-survivor:"), "the survivor's, not the receipt code's");
        assertEquals(List.of("FAMILY_OR_FRIEND"), Rows.texts(dataSource,
                "select told_by from referral_referrer where case_id = ?::uuid", caseId));

        ReceiptPageSession later = new ReceiptPageSession();
        later.comeBack(code);
        later.get("/my/cases").then().statusCode(200).body(not(containsString(reference)));
        later.get("/my/cases/" + caseId).then().statusCode(404);
    }

    @Test
    void aboutThemselvesGoesStraightOnToTheirAge() {
        PageSession survivor = PageSession.signIn("survivor2");
        post(survivor, "/my/tell-us/delete");
        next(post(survivor, "/my/tell-us/2", "subject", "SELF"), "/my/tell-us/3");
        post(survivor, "/my/tell-us/delete");
    }
}
