package org.safeguarding.portal.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a case's status. Only ever added. */
@Entity
@Table(name = "case_status_change")
class CaseStatusChange {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    CaseStatus toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    Instant changedAt;

    @Column(name = "changed_by_role", nullable = false, updatable = false)
    String changedByRole;

    /** Null on changes made before who was recorded (the survivor's own pause carries the role only). */
    @Column(name = "changed_by_subject", updatable = false)
    String changedBySubject;

    /** Why, where the workflow asks (backwards, reopening, setting aside); encrypted, bound to this row. */
    @Column(name = "reason_ciphertext", updatable = false)
    byte[] reasonCiphertext;

    /**
     * Why the case closes, by name: on the change that proposed closure and on the change to CLOSED (copied from the
     * case at sign-off), where the board counts closures by reason; null on every other change.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason", updatable = false)
    ClosureReason closureReason;

    static final String TABLE = "case_status_change";
    static final String REASON_COLUMN = "reason_ciphertext";

    static CaseStatusChange of(UUID caseId, CaseStatus from, CaseStatus to, Instant at, String byRole) {
        CaseStatusChange change = new CaseStatusChange();
        change.id = UUID.randomUUID();
        change.caseId = caseId;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = at;
        change.changedByRole = byRole;
        return change;
    }
}
