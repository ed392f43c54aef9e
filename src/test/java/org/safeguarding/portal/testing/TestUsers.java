package org.safeguarding.portal.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/**
 * People a test creates in the test Keycloak, through its admin REST API as the bootstrap admin, for a test that
 * changes a person's account (closing it) and so must never use the demo users other tests rely on. The password
 * equals the user name, as for the demo users, so {@link Tokens#forUser} works for them.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** A new survivor who can sign in at once; returns the user name. */
    public static String newSurvivor(String keycloakUrl) {
        String username = "test-survivor-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = adminToken(keycloakUrl);
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "firstName", "Test", "lastName", "Survivor",
                        "email", username + "@example.invalid", "emailVerified", true, "credentials",
                        List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .post(keycloakUrl + "/admin/realms/portal/users").then().statusCode(201).extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> role = given().auth().oauth2(admin)
                .get(keycloakUrl + "/admin/realms/portal/roles/survivor").then().statusCode(200).extract()
                .as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role))
                .post(keycloakUrl + "/admin/realms/portal/users/" + id + "/role-mappings/realm").then()
                .statusCode(204);
        return username;
    }

    /** Whether Keycloak still lets the user sign in (the user record's own flag, as the admin console shows it). */
    public static boolean enabled(String keycloakUrl, String username) {
        List<Map<String, Object>> found = given().auth().oauth2(adminToken(keycloakUrl))
                .queryParam("username", username).queryParam("exact", true)
                .get(keycloakUrl + "/admin/realms/portal/users").then().statusCode(200).extract().jsonPath()
                .getList("$");
        return Boolean.TRUE.equals(found.get(0).get("enabled"));
    }

    private static String adminToken(String keycloakUrl) {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(keycloakUrl + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }
}
