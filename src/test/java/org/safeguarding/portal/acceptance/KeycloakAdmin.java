package org.safeguarding.portal.acceptance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates people in the production realm the way a council's identity administrator would: through Keycloak's admin
 * REST API, signed in as the bootstrap admin (master realm, {@code admin-cli}), one realm role each.
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String keycloakUrl;
    private final String token;

    private KeycloakAdmin(HttpClient http, String keycloakUrl, String token) {
        this.http = http;
        this.keycloakUrl = keycloakUrl;
        this.token = token;
    }

    static KeycloakAdmin signIn(HttpClient http, String keycloakUrl, String username, String password)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        expect(200, response, "admin token");
        return new KeycloakAdmin(http, keycloakUrl, JSON.readTree(response.body()).get("access_token").asText());
    }

    /** A person who can sign in with {@code password} straight away (no required actions), with one realm role. */
    void createUser(Person person, String realmRole) throws IOException, InterruptedException {
        Map<String, Object> user = Map.of("username", person.username(), "enabled", true,
                "firstName", person.firstName(), "lastName", person.lastName(), "email", person.email(),
                "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", person.password(), "temporary", false)));
        HttpResponse<String> created = send("POST", "/admin/realms/portal/users", JSON.writeValueAsString(user));
        expect(201, created, "create user " + person.username());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        HttpResponse<String> role = send("GET", "/admin/realms/portal/roles/" + realmRole, null);
        expect(200, role, "realm role " + realmRole);
        JsonNode representation = JSON.readTree(role.body());
        expect(204, send("POST", "/admin/realms/portal/users/" + id + "/role-mappings/realm",
                "[" + JSON.writeValueAsString(representation) + "]"), "give " + realmRole);
    }

    /**
     * Lets {@code clientId} exchange a person's password for tokens directly (the password grant), as a native client
     * that shows its own sign-in form would. Only the submission benchmark turns it on, to sign many survivors in
     * before its timed part without a browser; the realm as shipped leaves it off.
     */
    void allowPasswordSignIn(String clientId) throws IOException, InterruptedException {
        HttpResponse<String> found = send("GET", "/admin/realms/portal/clients?clientId=" + encode(clientId), null);
        expect(200, found, "client " + clientId);
        com.fasterxml.jackson.databind.node.ObjectNode client =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(found.body()).get(0);
        client.put("directAccessGrantsEnabled", true);
        expect(204, send("PUT", "/admin/realms/portal/clients/" + client.get("id").asText(),
                JSON.writeValueAsString(client)), "allow the password grant for " + clientId);
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl + path))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": Keycloak answered " + response.statusCode() + " "
                    + response.body());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
