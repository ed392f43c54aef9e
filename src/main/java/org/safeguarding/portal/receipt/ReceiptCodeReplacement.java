package org.safeguarding.portal.receipt;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.limits.AttemptLimiter;
import org.safeguarding.portal.security.Roles;

/**
 * "Someone else may have seen my code": the holder of a receipt session gets a new code, shown once, and the old one
 * stops opening anything at once. Every other session opened with the old code ends with it (whoever saw the code may
 * be in one); the session asking keeps working. Audited as {@link AuditAction#REPLACE_RECEIPT_CODE}.
 * <p>
 * An API submission's retry within its replay window is still answered with the code that submission first gave
 * (sealed under the client's Idempotency-Key, which the service never keeps, so it cannot be re-sealed): that code no
 * longer opens anything.
 */
@ApplicationScoped
public class ReceiptCodeReplacement {

    /** Each replacement costs an Argon2id hash (19 MiB): a handful an hour is more than anyone needs. */
    static final int PER_OWNER_PER_HOUR = 5;

    private final ReceiptCodes codes;
    private final EntityManager em;
    private final AuditService audit;
    private final CaseService cases;
    private final AttemptLimiter limiter;

    ReceiptCodeReplacement(ReceiptCodes codes, EntityManager em, AuditService audit, CaseService cases,
            AttemptLimiter limiter) {
        this.codes = codes;
        this.em = em;
        this.audit = audit;
        this.cases = cases;
        this.limiter = limiter;
    }

    /**
     * A new code for the receipt of the session's owner, or empty (the caller answers 404) when that owner has no
     * receipt or, if {@code ofCase} names a case, it is not the owner's. {@code keptSessionToken} is the session asking,
     * which stays open.
     */
    public Optional<String> replace(String ownerSubject, String keptSessionToken, Optional<UUID> ofCase) {
        if (!limiter.tryAcquire("receipt-replace:" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(codes.hmac("owner", ownerSubject)), PER_OWNER_PER_HOUR, Duration.ofHours(1))) {
            throw new org.safeguarding.portal.security.limits.TooManyAttempts(Duration.ofHours(1));
        }
        String code = codes.newCode();
        byte[] hash = codes.hash(code); // slow: before the transaction, not inside it
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID caseId = cases.firstCaseOf(ownerSubject).orElse(null);
            if (ofCase.isPresent() && !ofCase.get().equals(caseId)) {
                return Optional.<String>empty();
            }
            Receipt receipt = em.find(Receipt.class, ownerSubject, LockModeType.PESSIMISTIC_WRITE);
            if (receipt == null) {
                return Optional.<String>empty();
            }
            receipt.codeHash = hash;
            em.createQuery("delete from AnonymousSession s where s.ownerSubject = ?1 and s.tokenHash <> ?2")
                    .setParameter(1, ownerSubject)
                    .setParameter(2, AnonymousSessions.hash(keptSessionToken == null ? "" : keptSessionToken))
                    .executeUpdate();
            audit.record(new Actor(ownerSubject, Roles.RECEIPT_HOLDER), AuditAction.REPLACE_RECEIPT_CODE, "case",
                    caseId, null);
            return Optional.of(code);
        });
    }
}
