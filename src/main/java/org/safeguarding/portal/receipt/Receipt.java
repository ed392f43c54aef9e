package org.safeguarding.portal.receipt;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a receipt code opens: everything owned by one pseudonymous owner (a draft, then one case). Holds the hash of
 * the code, never the code (see {@link ReceiptCodes}).
 */
@Entity
@Table(name = "receipt")
class Receipt {

    @Id
    @Column(name = "owner_subject")
    String ownerSubject;

    /** Replaced when the holder thinks someone else has seen the code ({@link ReceiptCodeReplacement}). */
    @Column(name = "code_hash", nullable = false)
    byte[] codeHash;

    @Column(name = "idempotency_hmac", updatable = false)
    byte[] idempotencyHmac;

    @Column(name = "replay_ciphertext", updatable = false)
    byte[] replayCiphertext;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    /** The keyed hash of the API submission a retry must repeat to be answered with the code; null before V16. */
    @Column(name = "request_fingerprint", updatable = false)
    byte[] requestFingerprint;

    protected Receipt() {
    }

    Receipt(String ownerSubject, byte[] codeHash, Instant createdAt) {
        this.ownerSubject = ownerSubject;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    /** A new pseudonymous owner, never derived from anything about the person. */
    static String newOwner() {
        return "receipt:" + java.util.UUID.randomUUID();
    }
}
