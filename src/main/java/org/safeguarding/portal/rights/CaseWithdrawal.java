package org.safeguarding.portal.rights;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A survivor's withdrawal of their case: who is told (the assigned worker, or the queue when nobody is), whether the
 * survivor was told that a duty to a child at risk still stands, and when the worker saw it.
 */
@Entity
@Table(name = "case_withdrawal")
class CaseWithdrawal {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "withdrawn_at", nullable = false, updatable = false)
    Instant withdrawnAt;

    @Column(name = "withdrawn_by_role", nullable = false, updatable = false)
    String withdrawnByRole;

    @Column(name = "from_status", nullable = false, updatable = false)
    String fromStatus;

    /** The worker who is told; null: the case had none, so anyone working the queue is. */
    @Column(name = "worker_subject", updatable = false)
    String workerSubject;

    @Column(name = "child_duty_explained", nullable = false, updatable = false)
    boolean childDutyExplained;

    @Column(name = "seen_at")
    Instant seenAt;

    @Column(name = "seen_by")
    String seenBy;

    /** A caseworker has read that the survivor withdrew. Returns false if someone already had. */
    boolean seen(String bySubject, Instant at) {
        if (seenAt != null) {
            return false;
        }
        seenAt = at;
        seenBy = bySubject;
        return true;
    }
}
