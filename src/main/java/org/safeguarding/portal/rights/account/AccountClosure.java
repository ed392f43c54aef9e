package org.safeguarding.portal.rights.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A survivor closed their portal account: the hub needs the Keycloak user id to enable it again on request. */
@Entity
@Table(name = "account_closure")
class AccountClosure {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String subject;

    @Column(name = "closed_at", nullable = false, updatable = false)
    Instant closedAt;

    static AccountClosure of(String subject, Instant at) {
        AccountClosure closure = new AccountClosure();
        closure.id = UUID.randomUUID();
        closure.subject = subject;
        closure.closedAt = at;
        return closure;
    }
}
