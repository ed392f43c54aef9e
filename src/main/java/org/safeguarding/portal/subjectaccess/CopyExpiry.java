package org.safeguarding.portal.subjectaccess;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Removes released copies from the portal {@link RecordsCopy#HELD_AFTER_RELEASE} after release: the content is
 * deleted, the row (prepared, reviewed, released, expired, by whom) stays, and the survivor can ask again. Each due
 * copy is claimed with {@code for update skip locked}, so two instances running at once each expire different
 * copies and none twice. No audit row: nothing of the record is read or changed, only the copy of it deleted, and the
 * copy's row keeps when.
 */
@ApplicationScoped
public class CopyExpiry {

    /** The most copies one run expires; any more wait for the next run. */
    static final int BATCH = 500;

    private final EntityManager em;
    private final Clock clock;

    CopyExpiry(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "${portal.records.copy-expiry-every:1h}", delayed = "${portal.records.copy-expiry-delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expireDue();
    }

    /** Expires the copies due now (up to a batch); how many this run expired. */
    @Transactional
    public int expireDue() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<java.util.UUID> due = em.createNativeQuery("select id from records_copy where released_at is not null "
                + "and expired_at is null and expires_at <= ?1 order by expires_at limit ?2 for update skip locked",
                java.util.UUID.class).setParameter(1, now).setParameter(2, BATCH).getResultList();
        due.forEach(id -> em.find(RecordsCopy.class, id).expired(now));
        return due.size();
    }
}
