package org.safeguarding.portal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.safeguarding.portal.testing.Tokens;

/** The login path end to end: tokens issued by the real Keycloak the tests started, for each role. */
@QuarkusTest
class ApiAccessWithRealTokensTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    @Test
    void apiWithoutATokenAnswers401AndNeverRedirects() {
        for (String path : new String[] { "/api/v1/me", "/api/v1/me/cases", "/api/v1/cases" }) {
            given().redirects().follow(false).get(path).then().statusCode(401).header("Location", nullValue());
        }
        given().redirects().follow(false).contentType(ContentType.JSON).body("{\"account\":\"x\"}")
                .post("/api/v1/referrals").then().statusCode(401);
    }

    @Test
    void aForgedTokenIsRefused() {
        given().auth().oauth2("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void survivorMayUseSurvivorEndpointsOnly() {
        String survivor = tokens.forUser("survivor1");
        given().auth().oauth2(survivor).get("/api/v1/me").then().statusCode(200).body("roles", hasItem("survivor"));
        given().auth().oauth2(survivor).get("/api/v1/me/cases").then().statusCode(200);
        given().auth().oauth2(survivor).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body("{\"account\":\"Role test account\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}")
                .post("/api/v1/referrals").then().statusCode(201);
        given().auth().oauth2(survivor).get("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void caseworkerMayUseTheQueueButNotSurvivorEndpoints() {
        String caseworker = tokens.forUser("caseworker1");
        given().auth().oauth2(caseworker).get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItem("caseworker"));
        given().auth().oauth2(caseworker).get("/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(caseworker).get("/api/v1/me/cases").then().statusCode(403);
        given().auth().oauth2(caseworker).contentType(ContentType.JSON).body("{\"account\":\"x\"}")
                .post("/api/v1/referrals").then().statusCode(403);
    }

    @Test
    void boardSeesNoCaseEndpoint() {
        String board = tokens.forUser("board1");
        given().auth().oauth2(board).get("/api/v1/me").then().statusCode(200).body("roles", hasItem("board"));
        given().auth().oauth2(board).get("/api/v1/cases").then().statusCode(403);
        given().auth().oauth2(board).get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(board).get("/api/v1/me/cases").then().statusCode(403);
        given().auth().oauth2(board).contentType(ContentType.JSON).body("{\"account\":\"x\"}")
                .post("/api/v1/referrals").then().statusCode(403);
    }
}
