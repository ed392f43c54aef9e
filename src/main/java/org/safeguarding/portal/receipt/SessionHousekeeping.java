package org.safeguarding.portal.receipt;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Removes receipt sessions that have ended (their tokens open nothing). When is the retention schedule's to say
 * (ANONYMOUS_SESSION); retention.Housekeeping runs it and records how many went. Deleting is idempotent, so two service
 * instances running it at once do no harm.
 */
@ApplicationScoped
public class SessionHousekeeping {

    private final EntityManager em;

    SessionHousekeeping(EntityManager em) {
        this.em = em;
    }

    /** Deletes the sessions that ended (idle or absolute deadline) at or before {@code cutoff}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetEndedBefore(Instant cutoff) {
        return em.createQuery("delete from AnonymousSession s where s.expiresAt <= ?1 or s.endsAt <= ?1")
                .setParameter(1, cutoff).executeUpdate();
    }
}
