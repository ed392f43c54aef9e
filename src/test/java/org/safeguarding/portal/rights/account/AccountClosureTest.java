package org.safeguarding.portal.rights.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestUsers;
import org.safeguarding.portal.testing.Tokens;

/**
 * Closing a portal account against the real Keycloak, with a survivor this test creates (never a demo user): the
 * service's portal-accounts service account disables the sign-in, the user's password no longer gets a token, their
 * case is still there for the hub, and the closure is audited (the audit trail is its record).
 */
@QuarkusTest
class AccountClosureTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    @Test
    void closingTheAccountDisablesTheSignInAndKeepsTheCases() {
        String user = TestUsers.newSurvivor(keycloakUrl);
        Tokens tokens = new Tokens(keycloakUrl);
        String token = tokens.forUser(user);
        String caseId = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("account", "An account before closing", "contactPlan",
                        Map.of("channels", List.of("PORTAL"))))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");

        given().auth().oauth2(token).post("/api/v1/me/account/closure").then().statusCode(200)
                .body("closed", equalTo(true));

        assertFalse(TestUsers.enabled(keycloakUrl, user), "Keycloak disabled the user");
        given().formParam("grant_type", "password").formParam("client_id", "portal-cli")
                .formParam("username", user).formParam("password", user)
                .post(keycloakUrl + "/realms/portal/protocol/openid-connect/token").then().statusCode(400)
                .body("error", equalTo("invalid_grant"));
        // The token the survivor still holds names an ended session: refused, not served.
        given().auth().oauth2(token).get("/api/v1/me/cases").then().statusCode(401);
        assertEquals(1, Rows.count(dataSource, "select count(*) from survivor_case where id = ?::uuid", caseId),
                "the case stays with the hub");
        assertEquals(1, Rows.count(dataSource, "select count(*) from audit_event e join survivor_case c"
                + " on c.owner_subject = e.actor_subject where c.id = ?::uuid and e.action = 'CLOSE_ACCOUNT'",
                caseId));
    }

    @Test
    void aCaseworkerCannotCloseAnAccountThroughTheSurvivorsRoute() {
        new Tokens(keycloakUrl).as("caseworker2").post("/api/v1/me/account/closure").then().statusCode(403);
    }
}
