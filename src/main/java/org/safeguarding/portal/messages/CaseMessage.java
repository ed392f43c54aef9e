package org.safeguarding.portal.messages;

import org.safeguarding.portal.contact.ContactChannel;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message on a case, or information the survivor added; the text is held only as ciphertext. */
@Entity
@Table(name = "case_message")
class CaseMessage {

    static final String TABLE = "case_message";
    static final String BODY_COLUMN = "body_ciphertext";

    enum Kind {
        MESSAGE,
        ADDITION,
        /** Something the portal must tell the survivor in writing as part of a change (closure reasons, a referral). */
        NOTICE
    }

    /** The author role of a notice: the portal itself; its author subject is whoever's change caused it. */
    static final String PORTAL_ROLE = "portal";

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Kind kind;

    @Column(name = "author_role", nullable = false, updatable = false)
    String authorRole;

    @Column(name = "author_subject", nullable = false, updatable = false)
    String authorSubject;

    @Column(name = "body_ciphertext", nullable = false, updatable = false)
    byte[] bodyCiphertext;

    @Column(name = "sent_at", nullable = false, updatable = false)
    Instant sentAt;

    /** How a caseworker's message reached the survivor: in the portal, or a contact outside it they recorded. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ContactChannel channel = ContactChannel.PORTAL;

    /** Why a contact the plan forbids went ahead (encrypted); null when the plan allowed it. */
    @Column(name = "override_reason_ciphertext", updatable = false)
    byte[] overrideReasonCiphertext;

    static final String OVERRIDE_COLUMN = "override_reason_ciphertext";
}
