package org.safeguarding.portal.web.quickexit;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import org.safeguarding.portal.security.session.PortalCookies;
import org.safeguarding.portal.web.language.LanguageChoice;

/**
 * Makes the quick exit ({@link QuickExitResource}) leave at once whatever happens on the way: every answer on its path
 * becomes a redirect to the neutral site that clears the browser's sessions, and if no answer is ready within the
 * deadline, that redirect is sent anyway. Runs before authentication, so it also covers what authentication itself
 * answers: an expired sign-in that Quarkus would send to Keycloak (which may be down), an ended receipt session sent
 * to "come back with your code", a refusal, an error.
 * <p>
 * Cleared: every Quarkus OIDC cookie the browser sent ({@code q_session}, its chunks and token cookies, {@code q_auth}
 * state), the receipt session, the pre-session cookie and the language chosen. A cookie set on the way (a refreshed sign-in) is replaced
 * by its clearing, as both name the same cookie.
 */
@ApplicationScoped
class QuickExitGuard {

    static final String PATH = "/quick-exit";
    /** Every cookie Quarkus OIDC sets starts so. */
    private static final String OIDC_COOKIES = "q_";

    private final String neutralSite;
    private final long deadlineMillis;
    private final PortalCookies cookies;

    QuickExitGuard(@ConfigProperty(name = "portal.quick-exit.url") String neutralSite,
            @ConfigProperty(name = "portal.quick-exit.deadline", defaultValue = "1S") Duration deadline,
            PortalCookies cookies) {
        this.neutralSite = neutralSite;
        this.deadlineMillis = deadline.toMillis();
        this.cookies = cookies;
    }

    /** After the security headers (1000), before CORS (300) and authentication (200). */
    void register(@Observes Filters filters) {
        filters.register(this::guard, 900);
    }

    private void guard(RoutingContext routing) {
        if (!PATH.equals(routing.normalizedPath())) {
            routing.next();
            return;
        }
        List<String> oidcCookies = routing.request().cookies().stream().map(Cookie::getName)
                .filter(name -> name.startsWith(OIDC_COOKIES)).distinct().toList();
        HttpServerResponse response = routing.response();
        routing.addHeadersEndHandler(ignored -> leave(response, oidcCookies));
        long timer = routing.vertx().setTimer(deadlineMillis, ignored -> {
            if (!response.headWritten() && !response.ended()) {
                response.end();
            }
        });
        routing.addEndHandler(ignored -> routing.vertx().cancelTimer(timer));
        routing.next();
    }

    private void leave(HttpServerResponse response, List<String> oidcCookies) {
        response.setStatusCode(303);
        response.headers().set("Location", neutralSite);
        response.headers().set("Cache-Control", "no-store");
        for (String name : oidcCookies) {
            // Quarkus sets its cookies on path / (quarkus.oidc.authentication.cookie-path) with no domain.
            response.addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0));
        }
        response.addCookie(cookies.cleared(PortalCookies.RECEIPT_SESSION));
        response.addCookie(cookies.cleared(PortalCookies.PRE_SESSION));
        // The language chosen says someone used this service: it goes too.
        response.addCookie(cookies.cleared(LanguageChoice.COOKIE));
    }
}
