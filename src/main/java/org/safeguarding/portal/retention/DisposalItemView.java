package org.safeguarding.portal.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a disposal list, or, once decided, the record of what happened to it: the case (reference and id), the
 * rule (kind, period, event, schedule version), due since when, and who decided what, when and (for a removal) why.
 */
public record DisposalItemView(UUID id, RecordKind kind, UUID caseId, String caseReference, int scheduleVersion,
        String ruleKeep, RecordKind.Event ruleFrom, Instant dueSince, Instant proposedAt, String status, Instant decidedAt,
        String decidedBy, String removalReason, String withdrawnBecause, Instant destroyedAt) {

    public boolean proposed() {
        return "PROPOSED".equals(status);
    }
}
