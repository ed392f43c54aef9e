package org.safeguarding.portal.web;

import org.safeguarding.portal.security.CsrfTokens;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.origin.SecurityEvents;
import org.safeguarding.portal.security.session.PortalCookies;

import java.net.URI;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;


/**
 * Refuses any state-changing page request (a form post) that did not come from one of our own pages in the same
 * sign-in session: the browser's Fetch Metadata and Origin must not say cross-site, and the form must carry the
 * session's token. The JSON API is exempt: it authenticates with bearer tokens, which a browser never attaches to
 * a cross-site request by itself.
 */
class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;
    @Inject
    CurrentUser user;
    @Inject
    ErrorPages errorPages;
    @Inject
    SecurityEvents events;
    @Inject
    PortalCookies cookies;

    @ServerRequestFilter(preMatching = true)
    Uni<Response> checkFormPost(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod()) || routing.normalizedPath().startsWith("/api/")) {
            return null;
        }
        if (isCrossSite(routing.request())) {
            return refuse(routing, "cross-site request");
        }
        if (!isForm(request)) {
            return refuse(routing, "not a form post");
        }
        String preSession = cookies.valueIn(routing.request(), PortalCookies.PRE_SESSION).orElse(null);
        return formOf(routing.request()).onItemOrFailure().transform((form, unreadable) -> {
            if (unreadable != null) {
                return unreadable(unreadable);
            }
            String supplied = form.get(CsrfTokens.FORM_FIELD);
            boolean valid = user.signedIn() ? tokens.isValid(supplied, user)
                    : tokens.isValidPreSession(supplied, preSession);
            return valid ? null : refusal(routing, "missing or wrong token");
        });
    }

    /** A url-encoded form; a Content-Type that does not even parse is not one. */
    private static boolean isForm(ContainerRequestContext request) {
        try {
            MediaType type = request.getMediaType();
            return type != null && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type);
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    /**
     * A form body that cannot be decoded (a broken %-escape, bytes that are not UTF-8, a field over
     * quarkus.http.limits.max-form-attribute-size) is the client's mistake: 400, not a failure of the service.
     */
    private Response unreadable(Throwable decoding) {
        LOG.infof("Refused a form post: the form could not be read (%s)", decoding.getClass().getSimpleName());
        return errorPages.response(400, null);
    }

    /** Fetch Metadata where the browser sends it; the Origin header where it does not. */
    static boolean isCrossSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !(fetchSite.equals("same-origin") || fetchSite.equals("none"));
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            String host = request.getHeader("Host");
            return origin.equals("null") || host == null || !host.equalsIgnoreCase(URI.create(origin).getAuthority());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private Uni<Response> refuse(RoutingContext routing, String why) {
        return Uni.createFrom().item(refusal(routing, why));
    }

    private Response refusal(RoutingContext routing, String why) {
        // The reason is ours, never the request's content; the security event (portal.security) says who and where.
        LOG.infof("Refused a form post: %s", why);
        events.mark(routing, SecurityEvents.Kind.CSRF_REFUSED);
        return errorPages.response(Response.Status.FORBIDDEN);
    }

    /**
     * Reads the url-encoded body once; RESTEasy Reactive binds form parameters from the same parsed attributes.  A client
     * that asked first (Expect: 100-continue) is told to go on, as RESTEasy tells it when it reads a body itself;
     * without that, such a client waited for ever (found by the bad-input suite).
     */
    private static Uni<MultiMap> formOf(HttpServerRequest request) {
        request.setExpectMultipart(true);
        return Uni.createFrom().emitter(emitter -> {
            request.endHandler(done -> emitter.complete(request.formAttributes()));
            request.exceptionHandler(emitter::fail);
            if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
                request.response().writeContinue();
            }
            request.resume();
        });
    }
}
