package org.safeguarding.portal.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.safeguarding.portal.retention.RecordKind.Disposal;
import org.safeguarding.portal.retention.RetentionSchedule.Rule;

/**
 * Proposes what the schedule says is due, for a lead to approve: never destroys anything. A closed case is due once
 * its rule's period has passed since its last closure; a case open or reopened, or under a current legal hold, is
 * never proposed, and an item already proposed whose case has since been reopened or held is withdrawn from the list.
 * A case a lead took off the list is proposed again a year later, not every day. Safe on several instances: a run
 * takes a database lock (a second run at the same moment skips), and a case is on the open list at most once (a
 * unique index), so even without the lock nothing is proposed twice.
 */
@ApplicationScoped
public class DisposalProposals {

    private static final long LOCK = 0x646973706f73L; // "dispos"
    static final Duration REMOVED_REVIEWED_AGAIN_AFTER = Duration.ofDays(365);
    /** A cutoff no closure is before: with a rule that keeps cases for ever, nothing on the list stays due. */
    private static final Instant NEVER_DUE = Instant.parse("1000-01-01T00:00:00Z");

    /** What one run did: items proposed and items withdrawn; {@code ran} is false when another run held the lock. */
    public record Run(boolean ran, int proposed, int withdrawn) {
    }

    private final EntityManager em;
    private final RetentionCatalogue catalogue;
    private final Clock clock;

    DisposalProposals(EntityManager em, RetentionCatalogue catalogue, Clock clock) {
        this.em = em;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    // The first run waits a while after start, so a start is not slowed by it.
    @Scheduled(every = "${portal.retention.propose-every:24h}", delayed = "${portal.retention.propose-delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        propose(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    /** One run at {@code now}. */
    public Run propose(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Run(false, 0, 0);
            }
            RetentionSchedule schedule = catalogue.current();
            Rule rule = schedule.ruleFor(RecordKind.CASE_RECORD);
            int withdrawn = withdrawNoLongerDue(now, rule);
            if (rule.disposal() != Disposal.LEAD_APPROVAL) {
                return new Run(true, 0, withdrawn);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("""
                    select c.id, c.reference, max(s.changed_at)
                      from survivor_case c join case_status_change s on s.case_id = c.id and s.to_status = 'CLOSED'
                     where c.status = 'CLOSED'
                       and not exists (select 1 from legal_hold h where h.case_id = c.id and h.released_at is null)
                       and not exists (select 1 from disposal_item d where d.case_id = c.id
                             and (d.status = 'PROPOSED' or (d.status = 'REMOVED' and d.decided_at > ?2)))
                     group by c.id, c.reference
                    having max(s.changed_at) <= ?1""")
                    .setParameter(1, rule.cutoff(now)).setParameter(2, now.minus(REMOVED_REVIEWED_AGAIN_AFTER))
                    .getResultList();
            int proposed = 0;
            for (Object[] row : due) {
                proposed += em.createNativeQuery("""
                        insert into disposal_item (id, kind, case_id, case_reference, schedule_version, rule_keep,
                            rule_from, due_since, proposed_at, status)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'PROPOSED')
                        on conflict (case_id) where status = 'PROPOSED' do nothing""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, RecordKind.CASE_RECORD.name())
                        .setParameter(3, row[0]).setParameter(4, row[1]).setParameter(5, schedule.version())
                        .setParameter(6, rule.keep()).setParameter(7, rule.from().name())
                        .setParameter(8, rule.dueAt(LegalHoldService.instant(row[2]))).setParameter(9, now)
                        .executeUpdate();
            }
            return new Run(true, proposed, withdrawn);
        });
    }

    /** Items on the list whose case is no longer due (reopened, or held since): taken off, saying why. */
    private int withdrawNoLongerDue(Instant now, Rule rule) {
        int held = em.createNativeQuery("""
                update disposal_item d set status = 'WITHDRAWN', withdrawn_because = 'HELD', decided_at = ?1
                 where d.status = 'PROPOSED'
                   and exists (select 1 from legal_hold h where h.case_id = d.case_id and h.released_at is null)""")
                .setParameter(1, now).executeUpdate();
        int notDue = em.createNativeQuery("""
                update disposal_item d set status = 'WITHDRAWN', withdrawn_because = 'NOT_DUE', decided_at = ?1
                 where d.status = 'PROPOSED'
                   and not exists (select 1 from survivor_case c where c.id = d.case_id and c.status = 'CLOSED'
                         and (select max(s.changed_at) from case_status_change s
                               where s.case_id = c.id and s.to_status = 'CLOSED') <= ?2)""")
                .setParameter(1, now).setParameter(2, rule.disposal() == Disposal.LEAD_APPROVAL ? rule.cutoff(now)
                        : NEVER_DUE)
                .executeUpdate();
        return held + notDue;
    }
}
