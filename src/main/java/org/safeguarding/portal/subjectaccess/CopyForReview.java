package org.safeguarding.portal.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.subjectaccess.CopyContent.Item;

/**
 * A prepared copy as the caseworkers reviewing and releasing it see it: every item, and for each one left out, why
 * (the general reason and the reviewer's explanation). {@code mayRelease} is false for anyone who took part in the
 * review; the page still shows them the copy but not the button.
 */
public record CopyForReview(ActionCase c, UUID requestId, RecordsCopy.Stage stage, Instant preparedAt,
        Instant reviewedAt, Instant releasedAt, Instant expiresAt, Instant expiredAt, List<ReviewSection> sections,
        int withheldCount, boolean mayRelease) {

    /** One section's items, each with its withholding if any. */
    public record ReviewSection(String key, String title, List<ReviewItem> items) {
    }

    /** An item; {@code reason} and {@code explanation} are null unless it is withheld. */
    public record ReviewItem(Item item, WithholdReason reason, String explanation) {
        public boolean isWithheld() {
            return reason != null;
        }
    }

    public boolean isInReview() {
        return stage == RecordsCopy.Stage.IN_REVIEW;
    }

    public boolean isAwaitingRelease() {
        return stage == RecordsCopy.Stage.AWAITING_RELEASE;
    }

    public boolean isReleased() {
        return stage == RecordsCopy.Stage.RELEASED;
    }

    public boolean isExpired() {
        return stage == RecordsCopy.Stage.EXPIRED;
    }
}
