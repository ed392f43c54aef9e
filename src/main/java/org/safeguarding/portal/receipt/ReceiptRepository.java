package org.safeguarding.portal.receipt;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ReceiptRepository implements PanacheRepositoryBase<Receipt, String> {

    Optional<Receipt> findByCodeHash(byte[] codeHash) {
        return find("codeHash", (Object) codeHash).firstResultOptional();
    }

    Optional<Receipt> findByIdempotencyHmac(byte[] idempotencyHmac) {
        return find("idempotencyHmac", (Object) idempotencyHmac).firstResultOptional();
    }
}
