package org.safeguarding.portal.web.quickexit;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.oidc.RefreshToken;
import io.quarkus.security.identity.SecurityIdentity;

import org.safeguarding.portal.receipt.AnonymousSessions;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.session.EndedSignIns;

/**
 * The quick exit: ends whatever session this browser has, then sends it to the neutral site. A plain link (GET), so
 * it works without JavaScript and needs no form token: ending one's own session harms no one, and a refused quick
 * exit could. {@link QuickExitGuard} makes every answer on this path the way out, whatever happens here or before
 * (an expired sign-in, a Keycloak that is down, a database that is slow); this only does the ending.
 * <ul>
 * <li>A receipt session: its row is deleted, so the token opens nothing.</li>
 * <li>A sign-in: its Keycloak session is listed as ended ({@link EndedSignIns}), so a copy of the old cookie, or a
 * new sign-in riding on the same Keycloak session, is refused by every instance; and Keycloak is asked, from the
 * server, to end the session itself ({@link KeycloakSignOut}), not waited for.</li>
 * </ul>
 * The browser's own cookies are cleared by the guard.
 */
@Path("/quick-exit")
public class QuickExitResource {

    private static final Logger LOG = Logger.getLogger(QuickExitResource.class);

    @Inject
    SecurityIdentity identity;
    @Inject
    AnonymousSessions receiptSessions;
    @Inject
    EndedSignIns endedSignIns;
    @Inject
    KeycloakSignOut keycloak;

    @ConfigProperty(name = "portal.quick-exit.url")
    String neutralSite;

    @GET
    @PermitAll
    public Response leave() {
        try {
            endSessions();
        } catch (RuntimeException e) {
            // Leaving comes first; what could not be ended runs out on its own (docs: the quick exit).
            LOG.warnf("Quick exit could not end every session: %s", e.getClass().getSimpleName());
        }
        return Response.seeOther(URI.create(neutralSite)).build();
    }

    private void endSessions() {
        Object receiptToken = identity.getAttribute(CurrentUser.RECEIPT_SESSION_ATTRIBUTE);
        if (receiptToken != null) {
            receiptSessions.end(receiptToken.toString());
        }
        String sessionId = EndedSignIns.sessionIdOf(identity);
        if (sessionId != null) {
            endedSignIns.end(sessionId);
        }
        RefreshToken refresh = identity.isAnonymous() ? null : identity.getCredential(RefreshToken.class);
        if (refresh != null && refresh.getToken() != null) {
            keycloak.end(refresh.getToken());
        }
    }
}
