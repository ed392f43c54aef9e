package org.safeguarding.portal.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What opens an anonymous case: the hash of its receipt code, never the code (see {@link ReceiptCodes}). */
@Entity
@Table(name = "receipt")
class Receipt {

    @Id
    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    String ownerSubject;

    @Column(name = "code_hash", nullable = false, updatable = false)
    byte[] codeHash;

    @Column(name = "idempotency_hmac", nullable = false, updatable = false)
    byte[] idempotencyHmac;

    @Column(name = "replay_ciphertext", nullable = false, updatable = false)
    byte[] replayCiphertext;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected Receipt() {
    }

    Receipt(UUID caseId, String ownerSubject, byte[] codeHash, byte[] idempotencyHmac, byte[] replayCiphertext,
            Instant createdAt) {
        this.caseId = caseId;
        this.ownerSubject = ownerSubject;
        this.codeHash = codeHash;
        this.idempotencyHmac = idempotencyHmac;
        this.replayCiphertext = replayCiphertext;
        this.createdAt = createdAt;
    }
}
