package org.safeguarding.portal.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Real access tokens from the test Keycloak: the password grant of the dev-only portal-cli client. */
public final class Tokens {

    private final String keycloakUrl;
    private final Map<String, String> byUser = new ConcurrentHashMap<>();

    public Tokens(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** A JSON API request as a demo user, with a real token. */
    public RequestSpecification as(String user) {
        return given().auth().oauth2(forUser(user)).contentType(ContentType.JSON);
    }

    /** A token for a demo user (password equals user name). Cached: tokens live 5 minutes, a test class less. */
    public String forUser(String user) {
        return byUser.computeIfAbsent(user, u -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "portal-cli")
                .formParam("username", u)
                .formParam("password", u)
                .post(keycloakUrl + "/realms/portal/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }
}
