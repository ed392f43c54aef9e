package org.safeguarding.portal.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safeguarding.portal.access.AccessPurpose;
import org.safeguarding.portal.access.AccessWho;
import org.safeguarding.portal.access.BreakGlassReason;
import org.safeguarding.portal.audit.AuditAction;

/** A survivor's request for their records, or a complaint, and when the hub answered it. */
@Entity
@Table(name = "survivor_request")
class SurvivorRequest {

    static final String TABLE = "survivor_request";
    static final String TEXT_COLUMN = "text_ciphertext";

    enum Kind {
        RECORDS,
        COMPLAINT
    }

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Kind kind;

    @Column(name = "text_ciphertext", updatable = false)
    byte[] textCiphertext;

    @Column(name = "made_at", nullable = false, updatable = false)
    Instant madeAt;

    @Column(name = "made_by_role", nullable = false, updatable = false)
    String madeByRole;

    @Column(name = "answered_at")
    Instant answeredAt;

    @Column(name = "answered_by")
    String answeredBy;

    /** For a complaint about a line of the survivor's access list: that line as they saw it (all null otherwise). */
    @Column(name = "about_access_at", updatable = false)
    Instant aboutAccessAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "about_access_action", updatable = false)
    AuditAction aboutAccessAction;

    @Enumerated(EnumType.STRING)
    @Column(name = "about_access_who", updatable = false)
    AccessWho aboutAccessWho;

    @Enumerated(EnumType.STRING)
    @Column(name = "about_access_purpose", updatable = false)
    AccessPurpose aboutAccessPurpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "about_access_reason", updatable = false)
    BreakGlassReason aboutAccessReason;
}
