package org.safeguarding.portal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Keycloak answers: nobody can sign in, and no API token can be checked against new keys, without
 * it. Asks for the realm's OpenID Connect discovery document, waiting at most {@code
 * portal.health.identity-provider-timeout} in all. A readiness check, never a liveness one: an outage of Keycloak takes
 * the instances out of the load balancer's rotation (it shows the council's "unavailable" page) and they come back on
 * their own, where a failing liveness check would have every instance restarted at once, for nothing.
 * <p>
 * Plain JDK HTTP, so Keycloak's certificate must be trusted by the JVM (its default trust store, or
 * {@code javax.net.ssl.trustStore}), as it is for the sign-in itself.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    public static final String NAME = "Identity provider (Keycloak) reachable";

    private final URI discovery;
    private final Duration timeout;
    private final HttpClient http;

    @Inject
    IdentityProviderReadiness(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm,
            @ConfigProperty(name = "portal.health.identity-provider-timeout", defaultValue = "2S") Duration timeout) {
        this(URI.create(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration"), timeout);
    }

    IdentityProviderReadiness(URI discovery, Duration timeout) {
        this.discovery = discovery;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(
                HttpRequest.newBuilder(discovery).timeout(timeout).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            // A proxy's error page can answer 200 too: the discovery document names its issuer.
            if (response.statusCode() == 200 && response.body().contains("\"issuer\"")) {
                return HealthCheckResponse.up(NAME);
            }
            return down("answered " + response.statusCode());
        } catch (TimeoutException slow) {
            answer.cancel(true);
            return down("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException failed) {
            // The exception's type says enough (refused, unknown host, TLS); its message could carry the address.
            return down(failed.getCause().getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private static HealthCheckResponse down(String why) {
        return HealthCheckResponse.named(NAME).down().withData("reason", why).build();
    }
}
