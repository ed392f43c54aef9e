package org.safeguarding.portal.onward;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record OnwardReferralView(UUID id, Partner partner, OnwardReferralStatus status, String basis,
        Instant proposedAt, String overrideReason) {
    public boolean isOverride() {
        return "CHILD_RISK_OVERRIDE".equals(basis);
    }

    /** Where it may go next, for the page's choice (none once answered for good). */
    public List<OnwardReferralStatus> nextStatuses() {
        return java.util.Arrays.stream(OnwardReferralStatus.values()).filter(status::mayBecome).toList();
    }
}
