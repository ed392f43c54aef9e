package org.safeguarding.portal.subjectaccess;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The copy's pages as plain HTML forms, no JavaScript: the survivor asks and sees it being checked; the reviewer
 * leaves a note out (the page again with the problem when no reason is given), finishes the review and is shown the
 * refusal if they try to release; a second caseworker releases it; the survivor's page links the downloads, which
 * another survivor cannot follow.
 */
@QuarkusTest
class CopyPagesTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    @Test
    void askReviewWithholdAndReleaseWithPlainForms() {
        Tokens tokens = new Tokens(keycloakUrl);
        Casework casework = new Casework(tokens);
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        String note = tokens.as("caseworker1").body(Map.of("text", "Her neighbour Wilfred Plum saw them"))
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(201).extract().path("id");

        PageSession survivor = PageSession.signIn("survivor1");
        String casePage = "/my/cases/" + id;
        survivor.get(casePage).then().statusCode(200).body(containsString("href=\"" + casePage + "/copies\""));
        survivor.submit(casePage, casePage + "/records-requests", Map.of()).then().statusCode(303);
        survivor.get(casePage + "/copies").then().statusCode(200).body(containsString("We are checking it"))
                .body(not(containsString("/pdf\"")));
        String request = tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/copies").then().extract()
                .path("[0].requestId");

        PageSession reviewer = PageSession.signIn("caseworker1");
        String copy = "/casework/cases/" + id + "/requests/" + request + "/copy";
        String withhold = copy + "/items/note-" + note + "-v1/withhold";
        reviewer.get("/casework/cases/" + id).then().statusCode(200).body(containsString("href=\"" + copy + "\""));
        reviewer.get(copy).then().statusCode(200).body(containsString("href=\"" + withhold + "\""))
                .body(containsString("Wilfred Plum"));
        reviewer.get(withhold).then().statusCode(200).body(containsString("id=\"withhold-form\""));
        reviewer.get(copy + "/items/note-unknown/withhold").then().statusCode(404);
        reviewer.submit(withhold, withhold, Map.of("explanation", "Names a neighbour")).then().statusCode(422)
                .body(containsString("Choose why the item must be left out"));
        reviewer.submit(withhold, withhold, Map.of("reason", "THIRD_PARTY", "explanation", "Names a neighbour"))
                .then().statusCode(303).header("Location", endsWith(copy + "?done=withheld"));
        reviewer.get(copy + "?done=withheld").then().statusCode(200).body(containsString("will be left out"))
                .body(not(containsString("href=\"" + withhold + "\"")));
        reviewer.submit(copy, copy + "/reviewed", Map.of()).then().statusCode(303);
        reviewer.get(copy).then().body(not(containsString("id=\"release-copy\"")))
                .body(containsString("A second caseworker must release this copy"));
        reviewer.request().formParam("csrf", reviewer.csrfTokenFrom("/casework/cases/" + id + "/notes"))
                .post(copy + "/release").then().statusCode(409).body(containsString("you took part in its review"));

        PageSession second = PageSession.signIn("caseworker2");
        second.submit(copy, copy + "/release", Map.of()).then().statusCode(303)
                .header("Location", endsWith(copy + "?done=released"));
        second.get(copy + "?done=released").then().statusCode(200)
                .body(containsString("The copy was released and the survivor told"))
                .body(not(containsString("id=\"release-copy\"")));

        String pdf = casePage + "/copies/" + request + "/pdf";
        survivor.get(casePage + "/copies").then().statusCode(200).body(containsString("href=\"" + pdf + "\""))
                .body(containsString("href=\"" + casePage + "/copies/" + request + "/json\""));
        survivor.get(pdf).then().statusCode(200).contentType("application/pdf");
        PageSession.signIn("survivor2").get(pdf).then().statusCode(404);
    }
}
