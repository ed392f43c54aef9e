package org.safeguarding.portal.cases;

import java.time.Instant;
import java.util.UUID;


/** A line in a list: no free text, so a queue or list never shows anyone's account. */
public record CaseSummary(UUID id, String reference, CaseStatus status, Instant openedAt, String assignee,
        RiskLevel risk, boolean riskNow, boolean escalated, Instant nextDue) {
    static CaseSummary of(SurvivorCase c) {
        return new CaseSummary(c.id, c.reference, c.status, c.openedAt, c.assigneeName, c.risk,
                c.riskRank == 0, c.isEscalated(), c.nextDueAt == null || SurvivorCase.NO_DEADLINE.equals(c.nextDueAt)
                        ? null : c.nextDueAt);
    }

    /** High risk, or unscreened with someone at risk now: marked in words, not only by colour. */
    public boolean isUrgent() {
        return riskNow;
    }
}
