package org.safeguarding.portal.security.badinput;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * What the suite needs from the test Keycloak beyond the demo users: survivors of its own (so the many requests it
 * sends never spend the demo users' rate limits or fill their case lists), and real tokens the service must refuse: one
 * from another realm (master), one from a client of the portal realm that is not minted for the API (no audience),
 * and one that expires a second after it is issued. The test Keycloak's bootstrap admin is admin/admin
 * ({@code testing/KeycloakServer}); its realm lives in memory for the run.
 */
final class KeycloakAdmin {

    private static final String AUDIENCE_MAPPER = "oidc-audience-mapper";

    private final String keycloakUrl;
    private final String adminToken;

    KeycloakAdmin(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
        this.adminToken = masterRealmToken();
    }

    /** The admin's own token: real, signed by Keycloak, but issued by the master realm, not the portal's. */
    String masterRealmToken() {
        return passwordGrant("master", "admin-cli", "admin", "admin");
    }

    /** A survivor of the portal realm whose password is its name (as the demo users'), made once per run. */
    void ensureSurvivor(String username) {
        Response created = admin().body(Map.of("username", username, "enabled", true, "emailVerified", true,
                "firstName", "Bad", "lastName", "Input", "email", username + "@example.org",
                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .post(realmAdmin() + "/users");
        if (created.statusCode() == 409) {
            return;
        }
        created.then().statusCode(201);
        String id = admin().queryParam("username", username).queryParam("exact", true).get(realmAdmin() + "/users")
                .then().statusCode(200).extract().path("[0].id");
        Map<String, Object> survivor = admin().get(realmAdmin() + "/roles/survivor").then().statusCode(200).extract()
                .as(Map.class);
        admin().body(List.of(survivor)).post(realmAdmin() + "/users/" + id + "/role-mappings/realm").then()
                .statusCode(204);
    }

    /**
     * A public client with the password grant: with {@code forTheApi}, its tokens carry the API's audience as the
     * portal's own clients' do; {@code lifespanSeconds} (if not null) shortens its access tokens' life.
     */
    void ensureClient(String clientId, boolean forTheApi, Integer lifespanSeconds) {
        Map<String, Object> client = new java.util.HashMap<>(Map.of("clientId", clientId, "enabled", true,
                "publicClient", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
                "fullScopeAllowed", true));
        if (lifespanSeconds != null) {
            client.put("attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds)));
        }
        if (forTheApi) {
            client.put("protocolMappers", List.of(Map.of("name", "portal-api audience", "protocol", "openid-connect",
                    "protocolMapper", AUDIENCE_MAPPER, "config", Map.of("included.custom.audience", "portal-api",
                            "access.token.claim", "true", "id.token.claim", "false"))));
        }
        Response created = admin().body(client).post(realmAdmin() + "/clients");
        if (created.statusCode() != 409) {
            created.then().statusCode(201);
        }
    }

    /** A fresh access token of the portal realm, from the given client. */
    String portalToken(String clientId, String username) {
        return passwordGrant("portal", clientId, username, username);
    }

    private String passwordGrant(String realm, String clientId, String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", password)
                .post(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    private io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON);
    }

    private String realmAdmin() {
        return keycloakUrl + "/admin/realms/portal";
    }
}
