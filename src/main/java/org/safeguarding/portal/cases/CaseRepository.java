package org.safeguarding.portal.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Survivor-facing finders always take the owner, so ownership is decided in the query itself. */
@ApplicationScoped
class CaseRepository implements PanacheRepositoryBase<SurvivorCase, UUID> {

    List<SurvivorCase> listOwnedBy(String ownerSubject) {
        return list("ownerSubject", Sort.descending("openedAt").and("id"), ownerSubject);
    }

    /** The first case an owner opened. */
    Optional<SurvivorCase> firstOwnedBy(String ownerSubject) {
        return find("ownerSubject", Sort.ascending("openedAt"), ownerSubject).firstResultOptional();
    }

    Optional<SurvivorCase> findOwnedBy(UUID id, String ownerSubject) {
        return find("id = ?1 and ownerSubject = ?2", id, ownerSubject).firstResultOptional();
    }

    Optional<UUID> findIdByReference(String reference) {
        return find("reference", reference).project(IdOnly.class).firstResultOptional().map(IdOnly::id);
    }

    /** A projection: finding a case by its reference reads no more of it than its id. */
    record IdOnly(UUID id) {
    }

    boolean referenceTaken(String reference) {
        return count("reference", reference) > 0;
    }
}
