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
 * One line of the append-only audit log. The service's database role may only insert and read it, and the table's
 * triggers refuse UPDATE, DELETE and TRUNCATE from anyone else but its owner (V2, V19). Rows are written without a
 * lock; {@link AuditSealer} chains them afterwards with a keyed MAC (table audit_seal), which shows any row changed,
 * removed or cut off the end, even by the owner.
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

    /** Keyed hash of the sign-in or receipt session: which requests came from one session, never which session. */
    @Column(name = "session_ref", updatable = false)
    String sessionRef;

    /** Keyed hash of the client's address (an IPv6 address by its /64): never the address itself. */
    @Column(name = "client_ref", updatable = false)
    String clientRef;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actorSubject, String actorRole, AuditAction action, String recordType,
            UUID recordId, String purpose, String sessionRef, String clientRef) {
        this.occurredAt = occurredAt;
        this.actorSubject = actorSubject;
        this.actorRole = actorRole;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.purpose = purpose;
        this.sessionRef = sessionRef;
        this.clientRef = clientRef;
    }
}
