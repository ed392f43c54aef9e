package org.safeguarding.portal.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safeguarding.portal.intake.referrer.Referrers;
import org.safeguarding.portal.intake.referrer.ToldBy;

/** What a survivor submitted. The account is held only as ciphertext (see {@link ReferralService}). */
@Entity
@Table(name = "referral")
class Referral {

    static final String TABLE = "referral";
    static final String ACCOUNT_COLUMN = "account_ciphertext";

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    String ownerSubject;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    String idempotencyKey;

    @Column(name = "account_ciphertext", updatable = false)
    byte[] accountCiphertext;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    Instant submittedAt;

    /** The keyed hash of the request that opened it (see {@link RequestFingerprints}); null before V16. */
    @Column(name = "request_fingerprint", updatable = false)
    byte[] requestFingerprint;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(updatable = false)
    Subject subject;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "age_at_harm", updatable = false)
    AgeBand ageAtHarm;

    @Column(name = "current_risk", updatable = false)
    Boolean currentRisk;

    /** "About you", only ever counted: by name, PREFER_NOT_TO_SAY as said, null when not answered. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(updatable = false)
    Sex sex;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(updatable = false)
    Ethnicity ethnicity;

    /** A ward's code from the council's areas file, OUTSIDE_AREA or PREFER_NOT_TO_SAY; null when not answered. */
    @Column(updatable = false)
    String ward;

    /** The signed {@link Acknowledgement} as JSON; null for rows from before acknowledgements existed. */
    @Column(updatable = false)
    String acknowledgement;

    /** Who told us; null for referrals from before it was asked (V32). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "told_by", updatable = false)
    ToldBy toldBy;

    /** How a referral the hub recorded reached us; null for one sent through the portal (V34). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(updatable = false)
    ReceivedChannel channel;

    /** When the hub received a referral it recorded (the charter's clocks start then); null for the portal's. */
    @Column(name = "received_at", updatable = false)
    Instant receivedAt;

    /** The subject of the caseworker who recorded it; null for a referral sent through the portal. */
    @Column(name = "recorded_by", updatable = false)
    String recordedBy;

    protected Referral() {
    }

    Referral(UUID caseId, String ownerSubject, String idempotencyKey, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.ownerSubject = ownerSubject;
        this.idempotencyKey = idempotencyKey;
        this.submittedAt = submittedAt;
    }

    /**
     * The owner of someone else's referral until the survivor accepts the caseworker's invitation: a subject nobody
     * signs in as, so neither the referrer nor anyone else reads the case as its owner.
     */
    static String newSurvivorPlaceholder() {
        return Referrers.AWAITING_SURVIVOR + UUID.randomUUID();
    }
}
