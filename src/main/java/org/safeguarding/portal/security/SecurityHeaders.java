package org.safeguarding.portal.security;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every response the service sends: pages, API, static files, errors and sign-in redirects.
 * Set when the headers are written, so no later handler can drop them.
 */
@ApplicationScoped
class SecurityHeaders {

    /** Static assets are public and identical for everyone, so they may be cached; nothing else may. */
    private static final String[] CACHEABLE_PREFIXES = { "/static/", "/webjars/", "/assets/" };

    private final String contentSecurityPolicy;
    private final boolean hsts;

    SecurityHeaders(SecurityConfig config, @ConfigProperty(name = "portal.keycloak.url") String keycloakUrl) {
        this.hsts = config.hsts();
        this.contentSecurityPolicy = contentSecurityPolicy(originOf(keycloakUrl));
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 1000);
    }

    private void addHeaders(RoutingContext routing) {
        routing.addHeadersEndHandler(ignored -> {
            MultiMap headers = routing.response().headers();
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
            if (hsts) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (!isCacheable(routing.normalizedPath())) {
                // A shared or seized device must not keep a copy of anything a survivor or worker saw.
                headers.set("Cache-Control", "no-store");
                headers.set("Pragma", "no-cache");
            }
        });
        routing.next();
    }

    static boolean isCacheable(String path) {
        for (String prefix : CACHEABLE_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** No inline script or style anywhere; forms may only go to this service, or on to sign-in if a session ended. */
    static String contentSecurityPolicy(String identityProviderOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self' " + identityProviderOrigin;
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
