package org.safeguarding.portal.charter;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * How well each charter promise was kept in a period, as counts the board's reporting can aggregate and protect: no
 * case, no person, no free text. A promise belongs to the period its due moment fell in; one still running at the
 * end of the period is counted as running, never as kept. The engine decides on time: a promise kept after its
 * moment is MISSED (with the late doing recorded), so MET is always on time, including those due "at the event".
 * Promises ended by a closure are left out.
 */
@ApplicationScoped
public class CharterCompliance {

    private final EntityManager em;

    CharterCompliance(EntityManager em) {
        this.em = em;
    }

    /** One commitment's counts for a period: kept on time, missed (done late or not), waived, still running. */
    public record CommitmentCounts(String commitmentId, long due, long keptOnTime, long missed, long waived,
            long running) {

        /** Kept on time out of those decided (kept or missed); null when none was decided yet. */
        public Double onTimeRate() {
            long decided = keptOnTime + missed;
            return decided == 0 ? null : (double) keptOnTime / decided;
        }
    }

    /** Per commitment id, for promises due in [from, to). Paused ones (no due moment) wait for their resumed clock. */
    @Transactional
    public List<CommitmentCounts> countsFor(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select commitment_id,
                       count(*),
                       count(*) filter (where status = 'MET'),
                       count(*) filter (where status = 'MISSED'),
                       count(*) filter (where status = 'WAIVED'),
                       count(*) filter (where status = 'PENDING')
                  from commitment_instance
                 where due_at >= ?1 and due_at < ?2 and status <> 'ENDED'
                 group by commitment_id
                 order by commitment_id""").setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new CommitmentCounts((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]),
                n(r[5]))).toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
