package org.safeguarding.portal.security.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import io.quarkus.oidc.SecurityEvent;

/**
 * Signing out ({@code /sign-out}, Quarkus OIDC's RP-initiated logout) lists the Keycloak session as ended, as the
 * quick exit does: Quarkus clears the browser's session cookie and Keycloak ends its session, but the cookie is
 * self-contained, so a copy of it taken before would otherwise open pages until its tokens expire. Observed
 * asynchronously because the logout runs on an I/O thread and listing the session writes to the database.
 */
@ApplicationScoped
class SignOutEndsTheSignIn {

    private final EndedSignIns endedSignIns;

    SignOutEndsTheSignIn(EndedSignIns endedSignIns) {
        this.endedSignIns = endedSignIns;
    }

    void onSignOut(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED) {
            return;
        }
        String sessionId = EndedSignIns.sessionIdOf(event.getSecurityIdentity());
        if (sessionId != null) {
            endedSignIns.end(sessionId);
        }
    }
}
