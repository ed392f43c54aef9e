package org.safeguarding.portal.cases.queue;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.core.Actor;

/** The triage queue: summaries of every open case (or those the filter asks for), no free text, a page at a time. */
@ApplicationScoped
public class CaseQueue {

    static final int PAGE_SIZE = 50;

    private final QueueQuery query;
    private final AuditService audit;

    CaseQueue(QueueQuery query, AuditService audit) {
        this.query = query;
        this.audit = audit;
    }

    /** One page of the queue and where the next one starts (empty on the last page). */
    public record QueuePage(List<CaseSummary> cases, Optional<QueueCursor> next) {
    }

    /** A page of the queue after {@code after} (from the start if empty); the read is audited. */
    @Transactional
    public QueuePage page(Actor caseworker, QueueFilter filter, Optional<QueueCursor> after) {
        audit.record(caseworker, AuditAction.VIEW_QUEUE, CaseService.RECORD_TYPE, null, null);
        List<QueueRow> page = query.rows(filter, after, PAGE_SIZE + 1);
        boolean more = page.size() > PAGE_SIZE;
        List<QueueRow> shown = more ? page.subList(0, PAGE_SIZE) : page;
        return new QueuePage(shown.stream().map(CaseQueue::summaryOf).toList(),
                more ? Optional.of(QueueCursor.after(shown.get(shown.size() - 1))) : Optional.empty());
    }

    private static CaseSummary summaryOf(QueueRow row) {
        return new CaseSummary(row.id(), row.reference(), row.status(), row.openedAt(), row.assigneeName(),
                row.risk(), row.riskRank() == 0, row.breachRank() == 0,
                SurvivorCase.NO_DEADLINE.equals(row.nextDueAt()) ? null : row.nextDueAt());
    }
}
