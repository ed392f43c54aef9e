package org.safeguarding.portal.casefile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Tokens;

/**
 * A caseworker finds a case by the reference a survivor reads out on the phone: the API returns the record, the queue's
 * search box opens it, the read is audited as any read of the record; case, spaces and dashes do not matter; no match
 * is a plain answer, never a wider list.
 */
@QuarkusTest
class FindCaseByReferenceTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;
    String id;
    String reference;

    @BeforeEach
    void aCase() {
        tokens = new Tokens(keycloakUrl);
        Response created = given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body(Map.of("account", "Read out on the phone", "contactPlan", Map.of("noContact", true)))
                .post("/api/v1/referrals");
        created.then().statusCode(201);
        id = created.path("id");
        reference = created.path("reference");
    }

    @Test
    void theApiReturnsTheRecordOfTheCaseWithThatReferenceAndAuditsTheRead() throws SQLException {
        String spoken = " " + reference.toLowerCase(Locale.ROOT).replace("-", " ").replace("a", "a ") + " ";
        given().auth().oauth2(tokens.forUser("caseworker1")).queryParam("reference", spoken).get("/api/v1/cases")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(id))
                .body("reference", org.hamcrest.Matchers.equalTo(reference))
                .body("account", org.hamcrest.Matchers.equalTo("Read out on the phone"))
                .header("Content-Location", "/api/v1/cases/" + id);
        assertEquals(List.of("SUBMIT_REFERRAL/survivor", "VIEW_CASE/caseworker"), actionsOn(id));
    }

    @Test
    void referencesAreMatchedWhateverTheirCaseSpacesAndDashes() {
        String letters = reference.replace("-", "");
        for (String typed : List.of(reference, reference.toLowerCase(Locale.ROOT), letters,
                letters.substring(0, 3) + " " + letters.substring(3, 7) + "-" + letters.substring(7),
                String.join("-", letters.split("")), letters.substring(0, 5) + "\u2013" + letters.substring(5))) {
            given().auth().oauth2(tokens.forUser("caseworker1")).queryParam("reference", typed).get("/api/v1/cases")
                    .then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(id));
        }
    }

    @Test
    void noCaseWithThatReferenceIsANotFoundAndReadsNothing() throws SQLException {
        for (String typed : List.of("AAAAA-AAAAA", "   ", "not a reference", reference + "X", "O0OOO-11111")) {
            given().auth().oauth2(tokens.forUser("caseworker1")).queryParam("reference", typed).get("/api/v1/cases")
                    .then().statusCode(404);
        }
        assertEquals(List.of("SUBMIT_REFERRAL/survivor"), actionsOn(id));
    }

    @Test
    void onlyCaseworkersMayFindACase() {
        given().auth().oauth2(tokens.forUser("survivor1")).queryParam("reference", reference).get("/api/v1/cases")
                .then().statusCode(403);
        given().auth().oauth2(tokens.forUser("board1")).queryParam("reference", reference).get("/api/v1/cases")
                .then().statusCode(403);
    }

    @Test
    void theQueuesSearchBoxOpensTheRecordWhoseReadIsAudited() throws SQLException {
        PageSession caseworker = PageSession.signIn("caseworker1");
        caseworker.get("/casework").then().statusCode(200)
                .body(containsString("action=\"/casework/find\"")).body(containsString("name=\"reference\""));
        caseworker.request().queryParam("reference", reference.toLowerCase(Locale.ROOT).replace("-", " "))
                .get("/casework/find").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/casework/cases/" + id));
        assertEquals(List.of("SUBMIT_REFERRAL/survivor"), actionsOn(id), "finding reads nothing");
        caseworker.get("/casework/cases/" + id).then().statusCode(200).body(containsString(reference));
        assertEquals(List.of("SUBMIT_REFERRAL/survivor", "VIEW_CASE/caseworker", "VIEW_NOTES/caseworker"),
                actionsOn(id), "the record page's reads, as when it is opened from the queue");
    }

    @Test
    void theSearchBoxSaysPlainlyWhenNoCaseHasTheReference() {
        PageSession caseworker = PageSession.signIn("caseworker1");
        // Named in the stored form only: the page never quotes what a link sent it.
        caseworker.request().queryParam("reference", "zzzzz 99999").get("/casework/find").then().statusCode(200)
                .body(containsString("No case has the reference ZZZZZ-99999."))
                .body(containsString("value=\"ZZZZZ-99999\"")).body(not(containsString("zzzzz 99999")))
                .body(not(containsString("govuk-error-summary")));
        caseworker.request().queryParam("reference", "Call 0800 000 000").get("/casework/find").then()
                .statusCode(200).body(containsString("No case has that reference: a reference is ten letters"))
                .body(not(containsString("0800 000 000")));
        caseworker.get("/casework/find").then().statusCode(200)
                .body(containsString("Type a case’s reference to find it."));
    }

    private List<String> actionsOn(String caseId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select action || '/' || actor_role from audit_event where record_id = ? order by id")) {
            q.setObject(1, UUID.fromString(caseId));
            ResultSet rows = q.executeQuery();
            List<String> actions = new ArrayList<>();
            while (rows.next()) {
                actions.add(rows.getString(1));
            }
            return actions;
        }
    }
}
