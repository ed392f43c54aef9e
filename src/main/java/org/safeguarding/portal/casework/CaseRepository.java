package org.safeguarding.portal.casework;

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

    Optional<SurvivorCase> findOwnedBy(UUID id, String ownerSubject) {
        return find("id = ?1 and ownerSubject = ?2", id, ownerSubject).firstResultOptional();
    }

    /** Oldest first, so nothing waits unseen at the bottom; risk and deadlines join the order with screening. */
    List<SurvivorCase> queue(java.util.Optional<QueueCursor> after, int limit) {
        if (after.isEmpty()) {
            return find("order by openedAt, id").page(0, limit).list();
        }
        QueueCursor cursor = after.get();
        return find("openedAt > ?1 or (openedAt = ?1 and id > ?2) order by openedAt, id", cursor.openedAt(),
                cursor.id()).page(0, limit).list();
    }

    boolean referenceTaken(String reference) {
        return count("reference", reference) > 0;
    }
}
