package org.safeguarding.portal.audit;

import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.origin.RequestOrigin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes the audit trail. Every method requires the caller's transaction, so the record of an access commits or
 * rolls back with the access itself: if the audit row cannot be written, the access fails. The row is only inserted,
 * with no lock and no read of other rows, so audited requests never wait for each other; {@link AuditSealer} chains
 * it a few seconds after it commits. The row names the session and the client only by keyed hashes
 * ({@link RequestOrigin}); a scheduled job's row has neither.
 */
@ApplicationScoped
public class AuditService {

    private final EntityManager em;
    private final Clock clock;
    private final RequestOrigin origin;

    AuditService(EntityManager em, Clock clock, RequestOrigin origin) {
        this.clock = clock;
        this.em = em;
        this.origin = origin;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String recordType, UUID recordId, String purpose) {
        em.persist(new AuditEvent(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor.subject(), actor.role(),
                action, recordType, recordId, purpose, origin.sessionRef(), origin.clientRef()));
    }
}
