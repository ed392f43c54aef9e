package org.safeguarding.portal.receipt;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.receipt.AnonymousSessions.OpenedSession;
import org.safeguarding.portal.security.limits.AttemptLimiter;
import org.safeguarding.portal.security.origin.RequestOrigin;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.origin.SecurityEvents;
import org.safeguarding.portal.security.limits.TooManyAttempts;

/**
 * Opening a session with a receipt code. Guessing is made pointless three ways: the code space (10^20), the limits
 * per client address and for the whole service, and an answer to every failure that is the same in words and in
 * time, whether the code was malformed, unknown, or belongs to nobody.
 */
@ApplicationScoped
public class ReceiptSessions {

    private static final String STARTS_OVERALL = "receipt-start:all";

    private final ReceiptCodes codes;
    private final ReceiptRepository receipts;
    private final AnonymousSessions sessions;
    private final AttemptLimiter limiter;
    private final AuditService audit;
    private final AnonymousIntakeConfig config;
    private final CaseService cases;
    private final RequestOrigin origin;
    private final SecurityEvents events;
    private final Clock clock;

    ReceiptSessions(ReceiptCodes codes, ReceiptRepository receipts, AnonymousSessions sessions,
            AttemptLimiter limiter, AuditService audit, AnonymousIntakeConfig config, CaseService cases,
            RequestOrigin origin, SecurityEvents events, Clock clock) {
        this.clock = clock;
        this.origin = origin;
        this.events = events;
        this.cases = cases;
        this.codes = codes;
        this.receipts = receipts;
        this.sessions = sessions;
        this.limiter = limiter;
        this.audit = audit;
        this.config = config;
    }

    /** A new receipt code and a session for it, before anything is written: the code is in the result only. */
    public record Started(String receiptCode, String ownerSubject, OpenedSession session) {
    }

    /**
     * Counts a start without an account (a new receipt code, or a submission through the API) against the client's
     * limit, the subject's where the request has one, and the service's: each costs an Argon2id hash and stores rows,
     * so an unlimited stream would be a way to exhaust both. As for codes, the service-wide budget counts only starts
     * their client and subject were allowed, so one client's flood does not use it up for everyone.
     */
    public void countStart() {
        String subject = origin.subjectRef();
        if (!limiter.tryAcquire("receipt-start:client:" + clientRef(), config.startsPerClient(),
                config.attemptWindow())
                || subject != null && !limiter.tryAcquire("receipt-start:subject:" + subject,
                        config.startsPerClient(), config.attemptWindow())
                || !limiter.tryAcquireShared(STARTS_OVERALL, config.startsOverall(), config.attemptWindow())) {
            throw new TooManyAttempts(config.attemptWindow());
        }
    }

    /** Hands out a receipt code to someone starting without an account, and opens their session. */
    public Started start() {
        String code = codes.newCode();
        byte[] hash = codes.hash(code);
        return QuarkusTransaction.requiringNew().call(() -> {
            Receipt receipt = new Receipt(Receipt.newOwner(), hash, Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            receipts.persist(receipt);
            return new Started(code, receipt.ownerSubject, sessions.open(receipt.ownerSubject));
        });
    }

    /** True when the typed code is the one that opens this owner's receipt (to show it again before it is saved). */
    public boolean isCodeOf(String typedCode, String ownerSubject) {
        // Each check is an Argon2id hash (19 MiB): limited per session owner and per client like any attempt.
        if (!limiter.tryAcquire("receipt-check:subject:" + origin.subjectRefOf(ownerSubject), config.checksPerSubject(),
                config.attemptWindow())
                || !limiter.tryAcquire("receipt-check:client:" + clientRef(), config.checksPerClient(),
                        config.attemptWindow())) {
            throw new TooManyAttempts(config.attemptWindow());
        }
        byte[] hash = codes.hash(typedCode);
        return QuarkusTransaction.requiringNew().call(() -> receipts.findByIdOptional(ownerSubject)
                .map(receipt -> java.security.MessageDigest.isEqual(receipt.codeHash, hash)).orElse(false));
    }

    /** A session for the case the code opens, or empty: the caller answers every empty the same way. */
    public Optional<OpenedSession> open(String typedCode) {
        long started = System.nanoTime();
        countCodeAttempt();
        byte[] hash = codes.hash(typedCode);
        Optional<OpenedSession> opened = QuarkusTransaction.requiringNew().call(() -> receipts.findByCodeHash(hash)
                .map(receipt -> {
                    UUID caseId = cases.firstCaseOf(receipt.ownerSubject).orElse(null);
                    audit.record(new Actor(receipt.ownerSubject, Roles.RECEIPT_HOLDER),
                            AuditAction.OPEN_RECEIPT_SESSION, "case", caseId, null);
                    return sessions.open(receipt.ownerSubject);
                }));
        if (opened.isEmpty()) {
            events.mark(SecurityEvents.Kind.RECEIPT_CODE_FAILED);
            waitUntil(started + config.failureFloor().toNanos());
        }
        return opened;
    }

    /**
     * Counts one attempt at a code from a client without an account (a receipt code here, or a survivor's invitation
     * code taken up with a receipt instead of an account): both are guesses at a code, so they share one allowance.
     * The client's own limit counts every attempt, allowed or not, so a client that keeps trying stays refused. The
     * service-wide budget counts only attempts that reach the code check: one refused by its client's limit (or by
     * this budget) takes nothing from it, so one client's hammering cannot lock everyone else out.
     */
    public void countCodeAttempt() {
        if (!limiter.tryAcquire("receipt-session:client:" + clientRef(), config.attemptsPerClient(),
                config.attemptWindow())
                || !limiter.tryAcquireShared("receipt-session:all", config.attemptsOverall(),
                        config.attemptWindow())) {
            throw new TooManyAttempts(config.attemptWindow());
        }
    }

    /** Waits out the rest of the failure floor, so a failed attempt answers no sooner than any other. */
    public void answerFailureNoSoonerThanFloor(long startedNanos) {
        waitUntil(startedNanos + config.failureFloor().toNanos());
    }

    /** The client's keyed hash (see RequestOrigin); one shared bucket if there is no request to name one. */
    private String clientRef() {
        String client = origin.clientRef();
        return client == null ? "none" : client;
    }

    private static void waitUntil(long deadlineNanos) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining > 0) {
            try {
                Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
