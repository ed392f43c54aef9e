package org.safeguarding.portal.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit log. The database refuses UPDATE, DELETE and TRUNCATE on the table
 * (V2 migration); each row carries the SHA-256 of the previous row's hash and its own fields, so a removed or
 * altered row breaks the chain.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    String actorSubject;

    @Column(name = "actor_role", nullable = false, updatable = false)
    String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    AuditAction action;

    @Column(name = "record_type", nullable = false, updatable = false)
    String recordType;

    @Column(name = "record_id", updatable = false)
    UUID recordId;

    @Column(updatable = false)
    String purpose;

    @Column(name = "previous_hash", updatable = false)
    byte[] previousHash;

    @Column(nullable = false, updatable = false)
    byte[] hash;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actorSubject, String actorRole, AuditAction action, String recordType,
            UUID recordId, String purpose) {
        this.occurredAt = occurredAt;
        this.actorSubject = actorSubject;
        this.actorRole = actorRole;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.purpose = purpose;
    }

    /** The text the chain hash covers: every field, in a fixed order, with unambiguous separators. */
    String canonicalForm() {
        return String.join("\u001f", occurredAt.toString(), actorSubject, actorRole, action.name(), recordType,
                String.valueOf(recordId), String.valueOf(purpose));
    }
}
