package org.safeguarding.portal.web.quickexit;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ends a Keycloak session from the server (back-channel), so nothing in the browser has to reach Keycloak: the quick
 * exit leaves at once even when Keycloak is slow or down. Keycloak's logout endpoint ends the whole SSO session when a
 * confidential client posts it the session's refresh token. Nothing is waited for; the outcome is logged by status
 * only (the token is never logged).
 */
@ApplicationScoped
class KeycloakSignOut {

    private static final Logger LOG = Logger.getLogger(KeycloakSignOut.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI logoutEndpoint;
    private final String clientId;
    private final String clientSecret;

    KeycloakSignOut(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            // Optional here so that a missing secret is refused by ProductionSecretsGuard, which names the variable.
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") java.util.Optional<String> clientSecret) {
        this.logoutEndpoint = URI.create(realmUrl.replaceFirst("/$", "") + "/protocol/openid-connect/logout");
        this.clientId = clientId;
        this.clientSecret = clientSecret.orElse("");
    }

    /** Starts ending the session the refresh token belongs to; completes with Keycloak's status, or exceptionally. */
    CompletableFuture<Integer> end(String refreshToken) {
        String form = "client_id=" + encoded(clientId) + "&client_secret=" + encoded(clientSecret)
                + "&refresh_token=" + encoded(refreshToken);
        HttpRequest request = HttpRequest.newBuilder(logoutEndpoint).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
            if (response.statusCode() / 100 != 2) {
                LOG.warnf("Keycloak did not end a session on quick exit: HTTP %d", response.statusCode());
            }
            return response.statusCode();
        }).whenComplete((status, failure) -> {
            if (failure != null) {
                LOG.warnf("Keycloak could not be reached to end a session on quick exit: %s",
                        failure.getClass().getSimpleName());
            }
        });
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
