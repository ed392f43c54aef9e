package org.safeguarding.portal.cases.queue;

import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * One page of the queue, where the next one starts (empty on the last page) and where the previous one ends
     * (empty on the first).
     */
    public record QueuePage(List<CaseSummary> cases, Optional<QueueCursor> next, Optional<QueueCursor> previous) {
    }

    /** A page of the queue after {@code after} (from the start if empty); the read is audited. */
    @Transactional
    public QueuePage page(Actor caseworker, QueueFilter filter, Optional<QueueCursor> after) {
        return page(caseworker, filter, after, Optional.empty());
    }

    /**
     * A page of the queue: the cases after {@code after}, or the cases before {@code before} (the previous page), or
     * the first page. Keyset paging both ways, so a case opened or moved meanwhile is neither skipped nor shown twice
     * on the way, whichever way one walks: the page before a place is the cases just before it, however few (cases
     * may have left the top meanwhile), and a link goes on wherever a case lies beyond. The read is audited.
     */
    @Transactional
    public QueuePage page(Actor caseworker, QueueFilter filter, Optional<QueueCursor> after,
            Optional<QueueCursor> before) {
        audit.record(caseworker, AuditAction.VIEW_QUEUE, CaseService.RECORD_TYPE, null, null);
        if (before.isPresent()) {
            List<QueueRow> earlier = query.rows(filter, before, true, PAGE_SIZE);
            if (earlier.isEmpty()) {
                return firstPage(filter);
            }
            List<QueueRow> shown = new ArrayList<>(earlier);
            Collections.reverse(shown);
            return pageOf(filter, shown);
        }
        if (after.isEmpty()) {
            return firstPage(filter);
        }
        List<QueueRow> rows = query.rows(filter, after, false, PAGE_SIZE + 1);
        if (rows.isEmpty()) {
            // Everything after this place has left the queue since: nothing here, and the way back.
            boolean earlier = !query.rows(filter, after, true, 1).isEmpty();
            return new QueuePage(List.of(), Optional.empty(), earlier ? after : Optional.empty());
        }
        return pageOf(filter, rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
    }

    private QueuePage firstPage(QueueFilter filter) {
        List<QueueRow> rows = query.rows(filter, Optional.empty(), false, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        List<QueueRow> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        return new QueuePage(shown.stream().map(CaseQueue::summaryOf).toList(),
                more ? Optional.of(QueueCursor.after(shown.get(shown.size() - 1))) : Optional.empty(),
                Optional.empty());
    }

    /** A page not known to be the first: whether anything lies before or after it is asked of the rows themselves. */
    private QueuePage pageOf(QueueFilter filter, List<QueueRow> shown) {
        QueueCursor first = QueueCursor.after(shown.get(0));
        QueueCursor last = QueueCursor.after(shown.get(shown.size() - 1));
        boolean before = !query.rows(filter, Optional.of(first), true, 1).isEmpty();
        boolean after = !query.rows(filter, Optional.of(last), false, 1).isEmpty();
        return new QueuePage(shown.stream().map(CaseQueue::summaryOf).toList(),
                after ? Optional.of(last) : Optional.empty(), before ? Optional.of(first) : Optional.empty());
    }

    private static CaseSummary summaryOf(QueueRow row) {
        return new CaseSummary(row.id(), row.reference(), row.status(), row.openedAt(), row.assigneeName(),
                row.risk(), row.riskRank() == 0, row.breachRank() == 0,
                SurvivorCase.NO_DEADLINE.equals(row.nextDueAt()) ? null : row.nextDueAt());
    }
}
