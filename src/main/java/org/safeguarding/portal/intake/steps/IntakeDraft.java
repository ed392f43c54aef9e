package org.safeguarding.portal.intake.steps;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A survivor's unfinished intake: their answers so far, encrypted as one value. */
@Entity
@Table(name = "intake_draft")
class IntakeDraft {

    static final String TABLE = "intake_draft";
    static final String PAYLOAD_COLUMN = "payload_ciphertext";

    @Id
    UUID id;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    String ownerSubject;

    @Column(name = "payload_ciphertext", nullable = false)
    byte[] payloadCiphertext;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
