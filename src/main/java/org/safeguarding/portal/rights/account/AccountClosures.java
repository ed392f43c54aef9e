package org.safeguarding.portal.rights.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.session.EndedSignIns;

/**
 * A signed-in survivor closes their portal account: their sign-in is disabled in Keycloak and their sessions end; the
 * closure is recorded in the audit trail (kept for good: the {@code CLOSE_ACCOUNT} row names the Keycloak user id), so
 * no table of its own needs a rule in the retention schedule. Their cases stay with the hub under the schedule,
 * untouched. The hub enables the account again in Keycloak when the survivor asks to come back.
 */
@ApplicationScoped
public class AccountClosures {

    static final String RECORD_TYPE = "account";
    private static final Logger LOG = Logger.getLogger(AccountClosures.class);

    private final EntityManager em;
    private final KeycloakAccounts keycloak;
    private final EndedSignIns endedSignIns;
    private final AuditService audit;

    AccountClosures(EntityManager em, KeycloakAccounts keycloak, EndedSignIns endedSignIns, AuditService audit) {
        this.em = em;
        this.keycloak = keycloak;
        this.endedSignIns = endedSignIns;
        this.audit = audit;
    }

    /**
     * Audits the closure, then disables the sign-in in Keycloak inside the same transaction: if Keycloak refuses or
     * cannot be reached, nothing is recorded ({@link KeycloakAccounts.Unavailable}). The portal session
     * ({@code sessionId}, may be null) is ended as the quick exit ends one, so no copy of its cookie works again.
     */
    @Transactional
    public void close(Actor survivor, String sessionId) {
        audit.record(survivor, AuditAction.CLOSE_ACCOUNT, RECORD_TYPE, null, null);
        em.flush();
        keycloak.disable(survivor.subject());
        if (sessionId != null) {
            try {
                endedSignIns.end(sessionId);
            } catch (RuntimeException e) {
                // Keycloak has ended the session already; the portal's own list is a second lock, not the first.
                LOG.warnf("A closed account's session could not be listed as ended: %s", e.getClass().getSimpleName());
            }
        }
    }
}
