package org.safeguarding.portal.audit;

import org.safeguarding.portal.core.Actor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes the audit trail. Every method requires the caller's transaction, so the record of an access commits or
 * rolls back with the access itself: if the audit row cannot be written, the access fails.
 */
@ApplicationScoped
public class AuditService {

    /** Serialises appends so each row chains to the one before it, across every service instance. */
    private static final long CHAIN_LOCK = 0x6175646974L; // "audit"

    private final EntityManager em;
    private final Clock clock;

    AuditService(EntityManager em, Clock clock) {
        this.clock = clock;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String recordType, UUID recordId, String purpose) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        byte[] previous = em.createQuery("select e.hash from AuditEvent e order by e.id desc", byte[].class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        AuditEvent event = new AuditEvent(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor.subject(),
                actor.role(), action, recordType, recordId, purpose);
        event.previousHash = previous;
        event.hash = chainHash(previous, event.canonicalForm());
        em.persist(event);
    }

    static byte[] chainHash(byte[] previous, String canonicalForm) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (previous != null) {
                sha.update(previous);
            }
            return sha.digest(canonicalForm.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
