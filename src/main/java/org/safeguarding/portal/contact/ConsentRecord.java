package org.safeguarding.portal.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer for one purpose at one time. The newest per purpose is in force; the rest is the history. */
@Entity
@Table(name = "consent_record")
class ConsentRecord {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ConsentDecision decision;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    @Column(name = "recorded_by_role", nullable = false, updatable = false)
    String recordedByRole;
}
