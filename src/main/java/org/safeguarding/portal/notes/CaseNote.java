package org.safeguarding.portal.notes;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A caseworker's note on a case; its words live in {@link CaseNoteVersion}s, never overwritten. */
@Entity
@Table(name = "case_note")
class CaseNote {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "created_by_subject", nullable = false, updatable = false)
    String createdBySubject;
}
