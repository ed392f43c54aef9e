package org.safeguarding.portal.onward;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A referral of a case to a partner; its moves are kept in {@code onward_referral_change}. */
@Entity
@Table(name = "onward_referral")
class OnwardReferral {

    static final String TABLE = "onward_referral";
    static final String OVERRIDE_REASON_COLUMN = "override_reason_ciphertext";

    /** What allows it: the survivor's consent, or a recorded override because a child is at risk. */
    enum Basis {
        CONSENT,
        CHILD_RISK_OVERRIDE
    }

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OnwardReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Basis basis;

    @Column(name = "override_reason_ciphertext", updatable = false)
    byte[] overrideReasonCiphertext;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    Instant proposedAt;

    @Column(name = "proposed_by_subject", nullable = false, updatable = false)
    String proposedBySubject;

    @Version
    long version;
}
