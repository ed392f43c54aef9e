package org.safeguarding.portal.intake.referrer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time invitation for the survivor to take over a case someone else referred; the code only as a keyed hash. */
@Entity
@Table(name = "survivor_invitation")
class SurvivorInvitation {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    byte[] codeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    Instant expiresAt;

    /** When it was accepted or replaced by a newer one: from then on it opens nothing. */
    @Column(name = "ended_at")
    Instant endedAt;

    protected SurvivorInvitation() {
    }
}
