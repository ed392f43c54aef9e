package org.safeguarding.portal.rights.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak's admin REST API, as far as closing an account needs it: disable one user's sign-in and end their sessions.
 * The service signs in as the confidential client {@code portal-accounts} (client credentials), whose service account
 * holds only realm-management's {@code manage-users}; its secret is handled like portal-web's (ProductionSecretsGuard).
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** Keycloak could not be reached or refused the service account: nothing was changed there. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String what) {
            super(what, null, false, false);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI tokenEndpoint;
    private final String usersEndpoint;
    private final String clientId;
    private final String clientSecret;

    KeycloakAccounts(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "portal.accounts.client-id") String clientId,
            // Optional here so that a missing secret is refused by ProductionSecretsGuard, which names the variable.
            @ConfigProperty(name = "portal.accounts.client-secret") Optional<String> clientSecret) {
        String realm = realmUrl.replaceFirst("/$", "");
        int at = realm.lastIndexOf("/realms/");
        this.tokenEndpoint = URI.create(realm + "/protocol/openid-connect/token");
        this.usersEndpoint = realm.substring(0, at) + "/admin" + realm.substring(at) + "/users/";
        this.clientId = clientId;
        this.clientSecret = clientSecret.orElse("");
    }

    /**
     * Disables the user's sign-in and ends every session they have. Throws {@link Unavailable} if Keycloak did not do
     * both (the caller's transaction then records nothing).
     */
    public void disable(String userId) {
        String token = serviceToken();
        URI user = URI.create(usersEndpoint + URLEncoder.encode(userId, StandardCharsets.UTF_8));
        // A partial representation: Keycloak changes only the fields it names.
        expect2xx(send(HttpRequest.newBuilder(user).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"))), "disable");
        expect2xx(send(HttpRequest.newBuilder(URI.create(user + "/logout")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())), "logout");
    }

    private String serviceToken() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect2xx(answer, "token");
        try {
            JsonNode body = json.readTree(answer.body());
            return body.path("access_token").asText();
        } catch (IOException unreadable) {
            throw new Unavailable("token unreadable");
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("keycloak unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private static void expect2xx(HttpResponse<String> answer, String step) {
        if (answer.statusCode() / 100 != 2) {
            // The status alone: Keycloak's body may name the user.
            throw new Unavailable(step + " answered HTTP " + answer.statusCode());
        }
    }
}
