package org.safeguarding.portal.charter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Marks overdue promises MISSED and escalates each breach once: the case is flagged, the queue puts it first, and
 * the escalation list shows it. Safe on several service instances at once: a run takes a database lock (a second
 * run at the same moment skips), and each promise moves PENDING → MISSED in one conditional update whose escalation
 * row is unique per promise, so even without the lock no breach is escalated twice.
 */
@ApplicationScoped
public class CharterClock {

    private static final long LOCK = 0x636c6f636bL; // "clock"

    private final EntityManager em;
    private final CharterService charter;
    private final Clock clock;

    CharterClock(EntityManager em, CharterService charter, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.charter = charter;
    }

    @Scheduled(every = "${portal.charter.clock-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        escalateOverdue(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    /** One run: returns how many promises it found overdue (0 when another run holds the lock). */
    public int escalateOverdue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<UUID> cases = em.createNativeQuery("""
                    with missed as (
                      update commitment_instance set status = 'MISSED', missed_at = ?1, version = version + 1
                       where status = 'PENDING' and due_at <= ?1
                      returning id, case_id)
                    insert into charter_escalation (id, commitment_instance_id, case_id, escalated_at)
                    select gen_random_uuid(), id, case_id, ?1 from missed
                    on conflict (commitment_instance_id) do nothing
                    returning case_id""").setParameter(1, now).getResultList();
            charter.refreshCasesEscalatedAt(now);
            return cases.size();
        });
    }
}
