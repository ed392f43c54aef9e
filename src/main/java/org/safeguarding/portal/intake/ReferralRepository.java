package org.safeguarding.portal.intake;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    Optional<Referral> findByIdempotencyKey(String ownerSubject, String idempotencyKey) {
        return find("ownerSubject = ?1 and idempotencyKey = ?2", ownerSubject, idempotencyKey).firstResultOptional();
    }

    /** A referral this caseworker recorded under this key (their double click, their retry); empty if none. */
    Optional<Referral> findRecordedBy(String recordedBy, String idempotencyKey) {
        return find("recordedBy = ?1 and idempotencyKey = ?2", recordedBy, idempotencyKey).firstResultOptional();
    }

    /** The first submission of an owner (an anonymous owner has exactly one). */
    Optional<Referral> firstOfOwner(String ownerSubject) {
        return find("ownerSubject", Sort.ascending("submittedAt"), ownerSubject).firstResultOptional();
    }

    /** The account that opened the case (later additions arrive with the survivor's case page). */
    Optional<Referral> firstOfCase(UUID caseId) {
        return find("caseId", Sort.ascending("submittedAt"), caseId).firstResultOptional();
    }
}
