package org.safeguarding.portal.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Real access tokens from the test Keycloak: the password grant of the dev-only portal-cli client. */
public final class Tokens {

    /**
     * Tokens shared by every test class of the run, per Keycloak and user, until a minute before they expire: a
     * password grant costs Keycloak a password hash and a new session, and most tests only need to be someone.
     */
    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private record Issued(String token, Instant usableUntil) {
    }

    private final String keycloakUrl;

    public Tokens(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** A JSON API request as a demo user, with a real token. */
    public RequestSpecification as(String user) {
        return given().auth().oauth2(forUser(user)).contentType(ContentType.JSON);
    }

    /** A token for a demo user (password equals user name), reused while it has more than a minute to live. */
    public String forUser(String user) {
        return ISSUED.compute(keycloakUrl + " " + user, (key, issued) -> issued != null
                && Instant.now().isBefore(issued.usableUntil()) ? issued : issue(user)).token();
    }

    private Issued issue(String user) {
        Response answer = given()
                .formParam("grant_type", "password")
                .formParam("client_id", "portal-cli")
                .formParam("username", user)
                .formParam("password", user)
                .post(keycloakUrl + "/realms/portal/protocol/openid-connect/token");
        answer.then().statusCode(200);
        Duration lifetime = Duration.ofSeconds(answer.<Integer>path("expires_in"));
        return new Issued(answer.path("access_token"), Instant.now().plus(lifetime).minus(MARGIN));
    }
}
