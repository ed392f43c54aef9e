package org.safeguarding.portal.onward;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One move of an onward referral, with who and when. Only ever added. */
@Entity
@Table(name = "onward_referral_change")
class OnwardReferralChange {

    @Id
    UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    OnwardReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    OnwardReferralStatus toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    Instant changedAt;

    @Column(name = "changed_by_subject", nullable = false, updatable = false)
    String changedBySubject;

    @Column(name = "changed_by_role", nullable = false, updatable = false)
    String changedByRole;

    static OnwardReferralChange of(UUID referralId, OnwardReferralStatus from, OnwardReferralStatus to, Instant at,
            String bySubject, String byRole) {
        OnwardReferralChange change = new OnwardReferralChange();
        change.id = UUID.randomUUID();
        change.referralId = referralId;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = at;
        change.changedBySubject = bySubject;
        change.changedByRole = byRole;
        return change;
    }
}
