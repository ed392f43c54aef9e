package org.safeguarding.portal.receipt;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A session opened with a receipt code. The token is held by the client; only its SHA-256 is stored. It is live while
 * {@code expiresAt} (the idle deadline, moved forward by each request) and {@code endsAt} (the absolute end, fixed
 * when it opens) are both ahead; {@code expiresAt} never passes {@code endsAt}.
 */
@Entity
@Table(name = "anonymous_session")
class AnonymousSession {

    @Id
    @Column(name = "token_hash")
    byte[] tokenHash;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    String ownerSubject;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    Instant endsAt;
}
