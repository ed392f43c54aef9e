package org.safeguarding.portal.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One break-glass opening: who, which case, whose case it was, why, and whether a colleague has reviewed it. */
@Entity
@Table(name = "break_glass_access")
class BreakGlassAccess {

    static final String TABLE = "break_glass_access";
    static final String EXPLANATION_COLUMN = "explanation_ciphertext";

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "opened_by_subject", nullable = false, updatable = false)
    String openedBySubject;

    @Column(name = "opened_at", nullable = false, updatable = false)
    Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    BreakGlassReason reason;

    @Column(name = "explanation_ciphertext", nullable = false, updatable = false)
    byte[] explanationCiphertext;

    @Column(name = "assignee_subject", nullable = false, updatable = false)
    String assigneeSubject;

    @Column(name = "reviewed_at")
    Instant reviewedAt;

    @Column(name = "reviewed_by")
    String reviewedBy;
}
