package org.safeguarding.portal.charter;

import org.safeguarding.portal.cases.events.Milestone;

import java.time.Instant;
import java.util.UUID;

/**
 * One promise on a case as people see it: the words, when it is (or was) due, and what happened. The evidence (the
 * event that met it, and who) is for caseworkers; the survivor's page shows the outcome in plain words.
 */
public record CommitmentView(UUID id, String commitmentId, String text, CommitmentStatus status, Instant startedAt,
        Instant dueAt, Instant metAt, Milestone metByEvent, String metByRole, Instant missedAt, Instant waivedAt,
        String waiverReason, boolean waivable) {

    /** The survivor may still say they do not want it. */
    public boolean isWaivableNow() {
        return waivable && (status == CommitmentStatus.PENDING || status == CommitmentStatus.PAUSED);
    }

    /** Missed, then done late: the breach stands, the work was still done. */
    public boolean isMetLate() {
        return status == CommitmentStatus.MISSED && metAt != null;
    }

    public boolean isPaused() {
        return status == CommitmentStatus.PAUSED;
    }

    /** The GOV.UK tag colour; the words in the tag carry the meaning, the colour only repeats it. */
    public String tagClass() {
        return switch (status) {
            case MET -> "govuk-tag--green";
            case MISSED -> "govuk-tag--red";
            case WAIVED, PAUSED, ENDED -> "govuk-tag--grey";
            case PENDING -> "govuk-tag--blue";
        };
    }
}
