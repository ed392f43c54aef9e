package org.safeguarding.portal.security.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a sign-in whose Keycloak session was ended by a quick exit ({@link EndedSignIns}): a page request gets the
 * sign-in page, an API request a 401, exactly as for no sign-in at all. Identities without a session id (receipt
 * sessions, test identities) pass untouched; receipt sessions are ended in their own table.
 */
@ApplicationScoped
class EndedSignInCheck implements SecurityIdentityAugmentor {

    private final EndedSignIns ended;

    EndedSignInCheck(EndedSignIns ended) {
        this.ended = ended;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        String sessionId = EndedSignIns.sessionIdOf(identity);
        if (sessionId == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (ended.isEnded(sessionId)) {
                throw new AuthenticationFailedException("the sign-in session was ended");
            }
            return identity;
        });
    }
}
