package org.safeguarding.portal.receipt;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.session.PortalCookies;

/**
 * Authenticates API requests that carry {@code Authorization: Receipt <token>} (a session opened with a receipt
 * code). Requests without that scheme are left to the OIDC mechanisms; an unknown or expired token is a 401.
 */
@ApplicationScoped
class ReceiptSessionMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "Receipt";
    private final PortalCookies cookies;

    ReceiptSessionMechanism(PortalCookies cookies) {
        this.cookies = cookies;
    }

    static final class ReceiptSessionRequest extends BaseAuthenticationRequest {
        final String token;

        ReceiptSessionRequest(String token) {
            this.token = token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviders) {
        String token = tokenOf(context);
        if (token == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        ReceiptSessionRequest request = new ReceiptSessionRequest(token);
        return identityProviders.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    private String tokenOf(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header != null) {
            return header.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)
                    ? header.substring(SCHEME.length() + 1).trim()
                    : null;
        }
        if (context.normalizedPath().startsWith("/api/")) {
            return null;
        }
        return cookies.valueIn(context.request(), ReceiptSessionCookie.NAME).orElse(null);
    }

    /**
     * Only answers requests that carried a receipt session (then ended or unknown): the API gets a 401, a page goes
     * to "come back with your code", and the ended session's cookie is cleared with it (the cookie has no expiry of
     * its own, and while the browser still sent it every page, that one included, would be sent here again). Anything
     * else is left to the OIDC mechanisms (sign-in redirect, bearer 401). Nothing of the request is read or logged:
     * what was typed into a form posted with an ended session is dropped unread.
     */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (tokenOf(context) == null) {
            return Uni.createFrom().nullItem();
        }
        if (context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SCHEME));
        }
        context.response().addCookie(cookies.cleared(ReceiptSessionCookie.NAME));
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/receipt/come-back?expired=true"));
    }

    /** Before the OIDC mechanisms, so a receipt session is never mistaken for a missing sign-in. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    @Override
    public Set<Class<? extends io.quarkus.security.identity.request.AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ReceiptSessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    /** Looks the token up on a worker thread (it is a database read). */
    @ApplicationScoped
    static class ReceiptSessionIdentityProvider implements IdentityProvider<ReceiptSessionRequest> {

        private final AnonymousSessions sessions;

        ReceiptSessionIdentityProvider(AnonymousSessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public Class<ReceiptSessionRequest> getRequestType() {
            return ReceiptSessionRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ReceiptSessionRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> sessions.ownerOf(request.token)
                    .<SecurityIdentity>map(owner -> QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(owner)).addRole(Roles.RECEIPT_HOLDER)
                            .addAttribute(CurrentUser.RECEIPT_SESSION_ATTRIBUTE, request.token)
                            .build())
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }
}
