package org.safeguarding.portal.security.origin;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Security events, to their own log category ({@value #CATEGORY}) so they can be kept and watched apart: refusals
 * (401, 403, 429, a 404 on a survivor's own records, a CSRF refusal, a receipt code that opened nothing) and
 * break-glass. One line per request, written when its answer is sent, with the event's kind, status, method, route
 * template, and the pseudonymous subject, session and client ({@link RequestOrigin}) and the correlation id. Never
 * anything the request carried: no body, no raw path, no address, no subject.
 */
@ApplicationScoped
public class SecurityEvents {

    public static final String CATEGORY = "portal.security";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final String MARK = "portal.security-event";
    /** The survivor's own records: a 404 there is someone asking for a record that is not theirs. */
    private static final Set<String> OWNED_PREFIXES = Set.of("/api/v1/me/", "/my/");

    /** What happened. */
    public enum Kind {
        UNAUTHENTICATED, FORBIDDEN, NOT_FOUND_OWNED, RATE_LIMITED, CSRF_REFUSED, RECEIPT_CODE_FAILED, BREAK_GLASS
    }

    private final RequestOrigin origin;
    private volatile RouteTemplates routes;

    SecurityEvents(RequestOrigin origin) {
        this.origin = origin;
    }

    /** Right after RequestOrigin's filter (10,000), before authentication (200) can refuse the request. */
    void register(@Observes Filters filters) {
        filters.register(routing -> {
            routing.addHeadersEndHandler(sent -> {
                Kind kind = kindOf(routing);
                if (kind != null) {
                    log(kind, routing);
                }
            });
            routing.next();
        }, 9_000);
    }

    /**
     * Marks the current request as an event of this kind, logged once its answer is sent (the status is known then);
     * outside a request it is logged at once.
     */
    public void mark(Kind kind) {
        RoutingContext routing = RequestOrigin.current().orElse(null);
        if (routing == null) {
            LOG.infof("security-event kind=%s status=none method=none route=none subject=none session=none client=none "
                    + "correlation=none", name(kind));
        } else {
            mark(routing, kind);
        }
    }

    /** Marks a request the caller holds (a filter that refuses before any resource runs). */
    public void mark(RoutingContext routing, Kind kind) {
        routing.put(MARK, kind);
    }

    private Kind kindOf(RoutingContext routing) {
        Kind marked = routing.get(MARK);
        if (marked != null) {
            return marked;
        }
        return switch (routing.response().getStatusCode()) {
            case 401 -> Kind.UNAUTHENTICATED;
            case 403 -> Kind.FORBIDDEN;
            case 429 -> Kind.RATE_LIMITED;
            case 404 -> isOwned(routing.normalizedPath()) ? Kind.NOT_FOUND_OWNED : null;
            default -> null;
        };
    }

    private void log(Kind kind, RoutingContext routing) {
        LOG.infof("security-event kind=%s status=%d method=%s route=%s subject=%s session=%s client=%s correlation=%s",
                name(kind), routing.response().getStatusCode(), routing.request().method().name(),
                routes().templateOf(routing.normalizedPath()), orNone(origin.subjectRef(routing)),
                orNone(origin.sessionRef(routing)), orNone(origin.clientRef(routing)),
                orNone(RequestOrigin.correlationId(routing)));
    }

    static boolean isOwned(String path) {
        return path != null && OWNED_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private RouteTemplates routes() {
        if (routes == null) {
            routes = RouteTemplates.ofResources();
        }
        return routes;
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String orNone(String value) {
        // Not "-": a base64url pseudonym may begin with one.
        return value == null ? "none" : value;
    }
}
