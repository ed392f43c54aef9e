package org.safeguarding.portal.security.origin;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;

/**
 * Who a request comes from, as pseudonyms: the keyed hash of the client address as limits count it
 * ({@link ClientAddress}: X-Forwarded-For read from the right, trusting only {@code PORTAL_TRUSTED_PROXIES}; an IPv6
 * client by its /64), of the subject, and of the sign-in or receipt session; and the request's correlation id.
 * Raw addresses and subjects are never stored or logged through this class: only the keyed hashes leave it
 * ({@link Pseudonyms}), and the raw address is used only to compute them.
 * <p>
 * Safe anywhere: outside an HTTP request (a scheduled job) every method answers null.
 */
@ApplicationScoped
public class RequestOrigin {

    /** On the identity of a session opened with a receipt code (receipt/ReceiptSessionMechanism): its token. */
    public static final String RECEIPT_SESSION_ATTRIBUTE = "portal.receipt-session";
    private static final String CLIENT_ADDRESS = "portal.client-address";
    private static final String CORRELATION_ID = "portal.correlation-id";
    /** The request's correlation id in the log's context (a JSON line's {@code mdc}). */
    public static final String LOG_KEY = "correlationId";

    private final Pseudonyms pseudonyms;
    private final TrustedProxies trusted;

    RequestOrigin(Pseudonyms pseudonyms, @ConfigProperty(name = "portal.trusted-proxies") Optional<String> proxies) {
        this.pseudonyms = pseudonyms;
        this.trusted = TrustedProxies.parse(proxies.orElse(TrustedProxies.NONE));
    }

    /**
     * First of all handlers, before authentication can refuse the request: every request gets its id here, and the
     * log's context carries it, so every line logged while the request is served (the JSON logs' {@code mdc}) can be
     * matched to the id an error page or problem shows.
     */
    void register(@Observes Filters filters) {
        filters.register(routing -> {
            String id = UUID.randomUUID().toString();
            routing.put(CORRELATION_ID, id);
            // Quarkus keeps the log context of a request on its own duplicated Vert.x context, which follows it to
            // worker threads and ends with it. On any other context it would stay on the thread for the next request.
            if (VertxContext.isOnDuplicatedContext()) {
                MDC.put(LOG_KEY, id);
            }
            routing.next();
        }, 10_000);
    }

    /** The keyed hash of the client (its address as limits count it), or null outside a request. */
    public String clientRef() {
        return current().map(this::clientRef).orElse(null);
    }

    /** The keyed hash of the signed-in subject or receipt-session owner; null when there is none. */
    public String subjectRef() {
        return current().map(this::subjectRef).orElse(null);
    }

    /** The keyed hash of the sign-in session (OIDC sid) or receipt session; null when there is none. */
    public String sessionRef() {
        return current().map(this::sessionRef).orElse(null);
    }

    /** This request's correlation id (in security events and error pages), or null outside a request. */
    public String correlationId() {
        return current().map(RequestOrigin::correlationId).orElse(null);
    }

    /** The keyed hash of any subject (a limit counts an actor the caller names). */
    public String subjectRefOf(String subject) {
        return subject == null ? null : pseudonyms.of("subject", subject);
    }

    String clientRef(RoutingContext routing) {
        return pseudonyms.of("client", ClientAddress.limitedAs(clientAddress(routing)));
    }

    String subjectRef(RoutingContext routing) {
        return identity(routing).map(RequestOrigin::subjectOf).map(this::subjectRefOf).orElse(null);
    }

    String sessionRef(RoutingContext routing) {
        return identity(routing).map(RequestOrigin::sessionOf).map(session -> pseudonyms.of("session", session))
                .orElse(null);
    }

    static String correlationId(RoutingContext routing) {
        return routing.get(CORRELATION_ID);
    }

    /** The raw client address, worked out once per request; it never leaves this package. */
    String clientAddress(RoutingContext routing) {
        String known = routing.get(CLIENT_ADDRESS);
        if (known != null) {
            return known;
        }
        // The connection's address is the socket peer: the request's own remoteAddress() is already Quarkus'
        // forwarded one, taken from the leftmost X-Forwarded-For entry, which the client can write.
        String peer = routing.request().connection().remoteAddress().hostAddress();
        String client = ClientAddress.resolve(peer, routing.request().headers().getAll("X-Forwarded-For"), trusted);
        routing.put(CLIENT_ADDRESS, client);
        return client;
    }

    /** The request being served on this thread, if any. */
    static Optional<RoutingContext> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            return request.isAvailable() ? Optional.ofNullable(request.get().getCurrent()) : Optional.empty();
        }
    }

    /** The identity the HTTP layer established; on a worker thread also one set otherwise (tests' @TestSecurity). */
    private static Optional<SecurityIdentity> identity(RoutingContext routing) {
        if (routing.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return Optional.of(user.getSecurityIdentity());
        }
        if (Context.isOnWorkerThread() && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<CurrentIdentityAssociation> association = Arc.container()
                    .instance(CurrentIdentityAssociation.class)) {
                if (association.isAvailable()) {
                    SecurityIdentity identity = association.get().getIdentity();
                    return identity == null || identity.isAnonymous() ? Optional.empty() : Optional.of(identity);
                }
            }
        }
        return Optional.empty();
    }

    private static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static String sessionOf(SecurityIdentity identity) {
        Object receiptSession = identity.getAttribute(RECEIPT_SESSION_ATTRIBUTE);
        if (receiptSession != null) {
            return "receipt:" + receiptSession;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object sid = token.getClaim("sid") != null ? token.getClaim("sid") : token.getClaim("session_state");
            return sid == null ? null : "oidc:" + sid;
        }
        return null;
    }
}
