package org.safeguarding.portal.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.IntakePages;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * "About you": sex, ethnic group and the ward a survivor lives in, each optional, with "I'd rather not say", stored by
 * name (the ward by its code) and only ever counted. Through the API, without an account, and on the pages without
 * JavaScript.
 */
@QuarkusTest
class AboutYouTest {

    private static final String PLAN = "\"contactPlan\":{\"channels\":[\"PORTAL\"]}";

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    private Response submit(String body) {
        return given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/referrals");
    }

    /** sex, ethnicity and ward of the referral that opened the case. */
    private List<String> stored(String caseId) {
        UUID id = UUID.fromString(caseId);
        return Arrays.asList(
                Rows.texts(dataSource, "select sex from referral where case_id = ?", id).get(0),
                Rows.texts(dataSource, "select ethnicity from referral where case_id = ?", id).get(0),
                Rows.texts(dataSource, "select ward from referral where case_id = ?", id).get(0));
    }

    @Test
    void theAnswersAreStoredByNameAndTheWardByItsCode() {
        String id = submit("{" + PLAN + ",\"sex\":\"FEMALE\",\"ethnicity\":\"BLACK\",\"ward\":\"W05\"}").then()
                .statusCode(201).extract().path("id");
        assertEquals(List.of("FEMALE", "BLACK", "W05"), stored(id));
    }

    @Test
    void iWouldRatherNotSayIsKeptAsSaidAndNotAnsweringStoresNothing() {
        String rather = submit("{" + PLAN + ",\"sex\":\"PREFER_NOT_TO_SAY\",\"ethnicity\":\"PREFER_NOT_TO_SAY\","
                + "\"ward\":\"PREFER_NOT_TO_SAY\"}").then().statusCode(201).extract().path("id");
        assertEquals(List.of("PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY"), stored(rather));
        String outside = submit("{" + PLAN + ",\"ward\":\"OUTSIDE_AREA\"}").then().statusCode(201).extract().path("id");
        assertEquals(Arrays.asList(null, null, "OUTSIDE_AREA"), stored(outside));
        String none = submit("{" + PLAN + ",\"ward\":\"\"}").then().statusCode(201).extract().path("id");
        assertEquals(Arrays.asList(null, null, null), stored(none));
    }

    @Test
    void anUnknownAnswerIsA400ThatQuotesNothingBackAndStoresNothing() {
        long before = Rows.count(dataSource, "select count(*) from referral");
        for (String wrong : List.of("\"sex\":\"UNKNOWN_SEX\"", "\"ethnicity\":\"SOMETHING_ELSE\"",
                "\"ward\":\"W99\"", "\"ward\":\"L01\"", "\"ward\":\"X00\"", "\"ward\":\"w05\"")) {
            Response refused = submit("{" + PLAN + "," + wrong + "}");
            refused.then().statusCode(400).body(not(containsString("UNKNOWN_SEX")))
                    .body(not(containsString("SOMETHING_ELSE"))).body(not(containsString("W99")));
        }
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"), "nothing stored");
    }

    @Test
    void withoutAnAccountTheSameAnswersAreTakenAndAnUnknownWardRefused() {
        String body = "{" + PLAN + ",\"sex\":\"MALE\",\"ethnicity\":\"MIXED\",\"ward\":\"W18\"}";
        // A client address of this test's own (from the trusted local proxy), so no other test's limit is touched.
        String client = "10.13.7." + (1 + new java.util.Random().nextInt(250));
        String id = given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID() + "-about-you")
                .body(body).post("/api/v1/anonymous/referrals").then().statusCode(201).extract().path("id");
        assertEquals(List.of("MALE", "MIXED", "W18"), stored(id));
        long before = Rows.count(dataSource, "select count(*) from referral");
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID() + "-about-you").body("{" + PLAN + ",\"ward\":\"NOWHERE\"}")
                .post("/api/v1/anonymous/referrals").then().statusCode(400).body(not(containsString("NOWHERE")));
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
    }

    @Test
    void theStepSaysWhyItAsksAndThatItIsOptionalAndListsTheWardsByLocality() {
        PageSession survivor = PageSession.signIn("survivor2");
        String page = survivor.get("/my/tell-us/7").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Question 7 of 7"), "the last question");
        assertTrue(page.contains("only to count, without names, who our service reaches"), "why it is asked");
        assertTrue(page.contains("never shown to the council&#39;s safeguarding board about you"), "never about them");
        assertTrue(page.contains("Every question on this page is optional"), "the content note");
        assertTrue(page.contains("<optgroup label=\"North\">"), "wards grouped by locality");
        assertTrue(page.indexOf("value=\"W01\"") < page.indexOf("value=\"W05\""), "in the file's order");
        assertTrue(page.contains("I live outside Example Borough (sample data)"), "outside the borough");
        assertTrue(page.contains("value=\"PREFER_NOT_TO_SAY\""), "rather not say");
        assertTrue(page.contains("Black, Black British, Caribbean or African"), "ONS 2021 groups");
    }

    @Test
    void theStepWorksWithPlainFormPostsAndTheAnswersReachTheCase() {
        PageSession survivor = PageSession.signIn("survivor1");
        IntakePages.fillDraft(survivor, "An account with the About you answers");
        String csrf = survivor.csrfTokenFrom("/my/tell-us/7");
        survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf).formParam("sex", "FEMALE")
                .formParam("ethnicity", "ASIAN").formParam("ward", "W06").post("/my/tell-us/7").then()
                .statusCode(303).header("Location", containsString("/my/tell-us/check"));
        survivor.get("/my/tell-us/7").then().body(containsString("value=\"FEMALE\" checked"))
                .body(containsString("value=\"ASIAN\" checked")).body(containsString("value=\"W06\" selected"));
        survivor.get("/my/tell-us/check").then().statusCode(200).body(containsString("Female"))
                .body(containsString("Asian or Asian British")).body(containsString("Fernley, East"))
                .body(containsString("href=\"/my/tell-us/7\""));
        Response sent = survivor.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", survivor.csrfTokenFrom("/my/tell-us/check")).post("/my/tell-us/send");
        assertEquals(303, sent.statusCode());
        String caseId = sent.header("Location").replaceAll(".*/my/cases/([0-9a-f-]{36}).*", "$1");
        assertEquals(List.of("FEMALE", "ASIAN", "W06"), stored(caseId));
    }

    @Test
    void onThePageAnUnknownWardIsShownAsAnErrorAndNotSaved() {
        PageSession survivor = PageSession.signIn("survivor2");
        String csrf = survivor.csrfTokenFrom("/my/tell-us/7");
        survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf)
                .formParam("ward", "OUTSIDE_AREA").formParam("sex", "PREFER_NOT_TO_SAY").post("/my/tell-us/7")
                .then().statusCode(303);
        survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf).formParam("ward", "W99")
                .post("/my/tell-us/7").then().statusCode(422).body(containsString("Choose an area from the list"))
                .body(containsString("href=\"#ward\"")).body(not(containsString("W99")));
        survivor.get("/my/tell-us/check").then().body(containsString("Outside the council&#39;s area"))
                .body(containsString("I&#39;d rather not say")).body(containsString("Not answered"));
        survivor.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf)
                .post("/my/tell-us/delete").then().statusCode(303);
    }
}
