package org.safeguarding.portal.cases.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.safeguarding.portal.cases.CaseStatus;

/**
 * The queue's query over the case rows (cases/ SurvivorCase, the same feature): the queue's own order and filters,
 * read as a projection. {@link CaseQueue} audits the read and pages it.
 */
@ApplicationScoped
class QueueQuery {

    private final EntityManager em;
    private final Clock clock;

    QueueQuery(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * A broken charter promise first, then most urgent (see
     * {@link org.safeguarding.portal.cases.RiskLevel#queueRank}), then the nearest charter deadline, so nothing waits
     * unseen at the bottom. Keyset on (breach, risk rank, next deadline, id): the rows after the cursor in the queue's
     * order, or with {@code backwards} the rows before it, nearest first (the caller turns them round).
     */
    List<QueueRow> rows(QueueFilter filter, Optional<QueueCursor> cursor, boolean backwards, int limit) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (filter.status().isPresent()) {
            where.append(" and status = :status");
            params.put("status", filter.status().get());
        } else {
            // Closed and withdrawn cases are not worked; each is listed when asked for by its status.
            where.append(" and status <> :closed and status <> :withdrawn");
            params.put("closed", CaseStatus.CLOSED);
            params.put("withdrawn", CaseStatus.WITHDRAWN);
        }
        filter.risk().ifPresent(risk -> {
            where.append(" and risk = :risk");
            params.put("risk", risk);
        });
        if (filter.unscreened()) {
            where.append(" and risk is null");
        }
        filter.assignee().ifPresent(assignee -> {
            where.append(" and assigneeSubject = :assignee");
            params.put("assignee", assignee);
        });
        if (filter.unassigned()) {
            where.append(" and assigneeSubject is null");
        }
        if (filter.overdue()) {
            // A breach the clock escalated, or a deadline passed since its last run.
            where.append(" and (breachRank = 0 or nextDueAt < :now)");
            params.put("now", Instant.now(clock));
        }
        cursor.ifPresent(position -> {
            // A row-value comparison, so PostgreSQL starts the index scan at the cursor instead of filtering an OR
            // from the first row (measured by ./benchmark queue: 61 ms at 90% of 100,000 cases with the OR form).
            where.append(" and (breachRank, riskRank, nextDueAt, id) ").append(backwards ? "<" : ">")
                    .append(" (:breach, :rank, :due, :id)");
            params.put("breach", position.breachRank());
            params.put("rank", position.riskRank());
            params.put("due", position.nextDueAt());
            params.put("id", position.id());
        });
        // A projection, not entities: a list has nothing to change, so nothing to hydrate or snapshot.
        var query = em.createQuery("select new " + QueueRow.class.getName()
                + "(id, reference, status, openedAt, assigneeName, risk, riskRank, breachRank, nextDueAt) "
                + "from SurvivorCase where " + where.substring(" and ".length())
                + (backwards ? " order by breachRank desc, riskRank desc, nextDueAt desc, id desc"
                        : " order by breachRank, riskRank, nextDueAt, id"), QueueRow.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
