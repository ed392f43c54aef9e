package org.safeguarding.portal.subjectaccess;

import java.time.Instant;
import java.util.UUID;

/** One of the survivor's copies in their list: no content, only where it is (being checked, ready, expired). */
public record CopySummary(UUID requestId, Instant preparedAt, RecordsCopy.Stage stage, Instant releasedAt,
        Instant availableUntil) {
    public boolean isReady() {
        return stage == RecordsCopy.Stage.RELEASED;
    }

    public boolean isExpired() {
        return stage == RecordsCopy.Stage.EXPIRED;
    }

    public boolean isBeingChecked() {
        return stage == RecordsCopy.Stage.IN_REVIEW || stage == RecordsCopy.Stage.AWAITING_RELEASE;
    }
}
