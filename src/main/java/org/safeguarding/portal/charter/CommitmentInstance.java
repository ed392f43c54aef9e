package org.safeguarding.portal.charter;

import org.safeguarding.portal.cases.events.Milestone;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One charter promise on one case, moved only by case events ({@link CharterService}) and the clock. */
@Entity
@Table(name = "commitment_instance")
class CommitmentInstance {

    static final String TABLE = "commitment_instance";
    static final String WAIVER_COLUMN = "waiver_reason_ciphertext";

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "charter_version", nullable = false, updatable = false)
    int charterVersion;

    @Column(name = "commitment_id", nullable = false, updatable = false)
    String commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CommitmentStatus status;

    @Column(name = "started_at", nullable = false, updatable = false)
    Instant startedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_by_event", nullable = false, updatable = false)
    Milestone startedByEvent;

    @Column(name = "due_at")
    Instant dueAt;

    @Column(name = "remaining_seconds")
    Long remainingSeconds;

    @Column(name = "met_at")
    Instant metAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "met_by_event")
    Milestone metByEvent;

    @Column(name = "met_by_subject")
    String metBySubject;

    @Column(name = "met_by_role")
    String metByRole;

    @Column(name = "missed_at")
    Instant missedAt;

    @Column(name = "waived_at")
    Instant waivedAt;

    @Column(name = "ended_at")
    Instant endedAt;

    /** The thing a repeating promise is about (a complaint, a records request), so only its answer keeps it. */
    @Column(name = "about_id", updatable = false)
    UUID aboutId;

    @Column(name = "waiver_reason_ciphertext")
    byte[] waiverReasonCiphertext;

    @Version
    long version;

    void meet(Milestone event, String bySubject, String byRole, Instant at) {
        status = CommitmentStatus.MET;
        metAt = at;
        metByEvent = event;
        metBySubject = bySubject;
        metByRole = byRole;
    }

    /** Done after its time: the breach stands (MISSED), and when, by whom and which event did it late is kept. */
    void doneLate(Milestone event, String bySubject, String byRole, Instant at) {
        if (status == CommitmentStatus.PENDING) {
            status = CommitmentStatus.MISSED;
            missedAt = dueAt;
        }
        metAt = at;
        metByEvent = event;
        metBySubject = bySubject;
        metByRole = byRole;
    }

    /** The survivor paused the case: keep the time left (negative if already past due) and stop the clock. */
    void pause(Instant at) {
        remainingSeconds = dueAt.getEpochSecond() - at.getEpochSecond();
        dueAt = null;
        status = CommitmentStatus.PAUSED;
    }

    /** The survivor carried on: the clock resumes with the time it had left. */
    void resume(Instant at) {
        dueAt = at.plusSeconds(remainingSeconds);
        remainingSeconds = null;
        status = CommitmentStatus.PENDING;
    }
}
