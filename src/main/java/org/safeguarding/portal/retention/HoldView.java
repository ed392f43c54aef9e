package org.safeguarding.portal.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * A legal hold as a lead sees it: the case, why (category and reason), who set it and when, and, once released, who
 * released it, when and why. Names are the staff directory's first names, or the subject when the person is unknown.
 */
public record HoldView(UUID id, UUID caseId, String caseReference, HoldCategory category, String reason,
        Instant setAt, String setBy, Instant releasedAt, String releasedBy, String releaseReason) {

    public boolean current() {
        return releasedAt == null;
    }
}
