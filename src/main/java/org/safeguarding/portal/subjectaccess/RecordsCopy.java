package org.safeguarding.portal.subjectaccess;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safeguarding.portal.core.Refused;

/**
 * A survivor's copy of their records for one records request: prepared when they ask, reviewed item by item by a
 * caseworker, released by a second caseworker, and held in the portal for {@link #HELD_AFTER_RELEASE}. The content
 * is encrypted JSON ({@link CopyContent}); once the copy expires it is deleted and only the facts stay.
 */
@Entity
@Table(name = "records_copy")
public class RecordsCopy {

    static final String TABLE = "records_copy";
    static final String CONTENT_COLUMN = "content_ciphertext";
    /** How long the survivor can download a released copy; after that they can ask again. */
    static final Duration HELD_AFTER_RELEASE = Duration.ofDays(30);

    /** Where a copy is in its life, from its columns. */
    public enum Stage {
        IN_REVIEW,
        AWAITING_RELEASE,
        RELEASED,
        EXPIRED
    }

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "request_id", nullable = false, updatable = false)
    UUID requestId;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    Instant preparedAt;

    @Column(name = "content_ciphertext")
    byte[] contentCiphertext;

    @Column(name = "item_count", nullable = false, updatable = false)
    int itemCount;

    @Column(name = "reviewed_by")
    String reviewedBy;

    @Column(name = "reviewed_at")
    Instant reviewedAt;

    @Column(name = "released_by")
    String releasedBy;

    @Column(name = "released_at")
    Instant releasedAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "expired_at")
    Instant expiredAt;

    Stage stage() {
        if (expiredAt != null) {
            return Stage.EXPIRED;
        }
        if (releasedAt != null) {
            return Stage.RELEASED;
        }
        return reviewedAt != null ? Stage.AWAITING_RELEASE : Stage.IN_REVIEW;
    }

    /** Items can be withheld only while the review is open. */
    void requireInReview() {
        if (stage() != Stage.IN_REVIEW) {
            throw new Refused(409, "copy_review_finished");
        }
    }

    void reviewed(String bySubject, Instant at) {
        requireInReview();
        reviewedBy = bySubject;
        reviewedAt = at;
    }

    /** The second pair of eyes: whoever reviewed or withheld anything cannot also release (as closure sign-off). */
    void released(String bySubject, boolean tookPartInReview, Instant at) {
        if (stage() != Stage.AWAITING_RELEASE) {
            throw new Refused(409, stage() == Stage.IN_REVIEW ? "copy_not_reviewed" : "copy_already_released");
        }
        if (tookPartInReview) {
            throw new Refused(409, "copy_same_person_release");
        }
        releasedBy = bySubject;
        releasedAt = at;
        expiresAt = at.plus(HELD_AFTER_RELEASE);
    }

    /** The content goes; the row (what happened, when, by whom) stays. */
    void expired(Instant at) {
        contentCiphertext = null;
        expiredAt = at;
    }
}
