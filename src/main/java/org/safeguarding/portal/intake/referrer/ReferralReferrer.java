package org.safeguarding.portal.intake.referrer;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who sent someone else's referral, and what they told us (free text only as ciphertext, see {@link Referrers}).
 * The referrer is named here and nowhere else: the case itself belongs to the survivor.
 */
@Entity
@Table(name = "referral_referrer")
class ReferralReferrer {

    static final String TABLE = "referral_referrer";

    @Id
    @Column(name = "referral_id")
    UUID referralId;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    /** Null for a referrer the hub wrote down (by phone, in person, by letter): they have no sign-in here. */
    @Column(name = "referrer_subject", updatable = false)
    String referrerSubject;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "told_by", nullable = false, updatable = false)
    ToldBy toldBy;

    @Column(name = "name_ciphertext", updatable = false)
    byte[] nameCiphertext;

    @Column(name = "role_ciphertext", updatable = false)
    byte[] roleCiphertext;

    @Column(name = "organisation_ciphertext", updatable = false)
    byte[] organisationCiphertext;

    @Column(name = "contact_ciphertext", updatable = false)
    byte[] contactCiphertext;

    @Column(name = "survivor_name_ciphertext", updatable = false)
    byte[] survivorNameCiphertext;

    @Column(name = "survivor_age", updatable = false)
    Integer survivorAge;

    @Column(name = "survivor_age_band", updatable = false)
    String survivorAgeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "survivor_knows", updatable = false)
    SurvivorKnows survivorKnows;

    protected ReferralReferrer() {
    }
}
