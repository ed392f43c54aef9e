package org.safeguarding.portal.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import org.safeguarding.portal.security.origin.RequestOrigin;

/**
 * Who is making this request. Ownership is decided by the OIDC subject ({@code sub}), which never changes, rather
 * than the user name, which an administrator can change.
 */
@RequestScoped
public class CurrentUser {

    /** On the identity of a session opened with a receipt code (receipt/ReceiptSessionMechanism): its token. */
    public static final String RECEIPT_SESSION_ATTRIBUTE = RequestOrigin.RECEIPT_SESSION_ATTRIBUTE;

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The stable subject identifier; throws for an anonymous request, which no caller should reach. */
    public String subject() {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("no signed-in user");
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        // @TestSecurity identities carry a plain principal: its name stands in for the subject.
        return identity.getPrincipal().getName();
    }

    /** A name to greet the person with, or empty. */
    public Optional<String> displayName() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String given = token.getClaim("given_name");
            if (given != null) {
                return Optional.of(given);
            }
        }
        return Optional.ofNullable(identity.getPrincipal().getName());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** What identifies this sign-in session (Keycloak's session id, or the receipt session), for binding CSRF tokens. */
    String sessionKey() {
        Object receiptSession = identity.getAttribute(RECEIPT_SESSION_ATTRIBUTE);
        if (receiptSession != null) {
            return receiptSession.toString();
        }
        return token().map(t -> t.getClaim("sid") != null ? t.getClaim("sid").toString()
                : String.valueOf(t.getIssuedAtTime())).orElse("");
    }

    /** The claims of the sign-in session, used to bind CSRF tokens to it; empty for bearer or test identities. */
    Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken token ? Optional.of(token) : Optional.empty();
    }
}
