package org.safeguarding.portal.receipt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.receipt.AnonymousSessions.OpenedSession;
import org.safeguarding.portal.security.AttemptLimiter;
import org.safeguarding.portal.security.Roles;

/**
 * Opening a session with a receipt code. Guessing is made pointless three ways: the code space (10^20), the limits
 * per client address and for the whole service, and an answer to every failure that is the same in words and in
 * time, whether the code was malformed, unknown, or belongs to nobody.
 */
@ApplicationScoped
public class ReceiptSessions {

    private final ReceiptCodes codes;
    private final ReceiptRepository receipts;
    private final AnonymousSessions sessions;
    private final AttemptLimiter limiter;
    private final AuditService audit;
    private final AnonymousIntakeConfig config;
    private final CaseService cases;
    private final Clock clock;

    ReceiptSessions(ReceiptCodes codes, ReceiptRepository receipts, AnonymousSessions sessions,
            AttemptLimiter limiter, AuditService audit, AnonymousIntakeConfig config, CaseService cases, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.codes = codes;
        this.receipts = receipts;
        this.sessions = sessions;
        this.limiter = limiter;
        this.audit = audit;
        this.config = config;
    }

    /** Thrown when a client, or the service as a whole, has used up its attempts for the current window. */
    public static class TooManyAttempts extends RuntimeException {
        private final Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            super("too many receipt-code attempts", null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** A new receipt code and a session for it, before anything is written: the code is in the result only. */
    public record Started(String receiptCode, String ownerSubject, OpenedSession session) {
    }

    /**
     * Counts a start without an account (a new receipt code, or a submission through the API) against the client's
     * limit: each costs an Argon2id hash and stores rows, so an unlimited stream would be a way to exhaust both.
     */
    public void countStart(String clientAddress) {
        if (!limiter.tryAcquire("receipt-start:client:" + clientKey(clientAddress), config.startsPerClient(),
                config.attemptWindow())) {
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
        byte[] hash = codes.hash(typedCode);
        return QuarkusTransaction.requiringNew().call(() -> receipts.findByIdOptional(ownerSubject)
                .map(receipt -> java.security.MessageDigest.isEqual(receipt.codeHash, hash)).orElse(false));
    }

    /** A session for the case the code opens, or empty: the caller answers every empty the same way. */
    public Optional<OpenedSession> open(String typedCode, String clientAddress) {
        long started = System.nanoTime();
        String client = clientKey(clientAddress);
        // The client's own limit counts every attempt, allowed or not, so a client that keeps trying stays refused.
        // The service-wide budget counts only attempts that reach the code check: one refused by its client's limit
        // (or by this budget) takes nothing from it, so one client's hammering cannot lock everyone else out.
        if (!limiter.tryAcquire("receipt-session:client:" + client, config.attemptsPerClient(),
                config.attemptWindow())
                || !limiter.tryAcquireShared("receipt-session:all", config.attemptsOverall(),
                        config.attemptWindow())) {
            throw new TooManyAttempts(config.attemptWindow());
        }
        byte[] hash = codes.hash(typedCode);
        Optional<OpenedSession> opened = QuarkusTransaction.requiringNew().call(() -> receipts.findByCodeHash(hash)
                .map(receipt -> {
                    UUID caseId = cases.firstCaseOf(receipt.ownerSubject).orElse(null);
                    audit.record(new Actor(receipt.ownerSubject, Roles.RECEIPT_HOLDER),
                            AuditAction.OPEN_RECEIPT_SESSION, "case", caseId, null);
                    return sessions.open(receipt.ownerSubject);
                }));
        if (opened.isEmpty()) {
            waitUntil(started + config.failureFloor().toNanos());
        }
        return opened;
    }

    /** Client addresses are only ever kept as HMACs. */
    private String clientKey(String clientAddress) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(codes.hmac("client", limitedAs(clientAddress)));
    }

    private static final java.util.regex.Pattern IPV6_LITERAL = java.util.regex.Pattern.compile("[0-9A-Fa-f:.]+");

    /**
     * The client a limit counts: an IPv4 address as it is, an IPv6 address by its /64 network. One IPv6 host is
     * routinely given a whole /64, so counting each address apart would let it take a client's allowance from each of
     * them and use up the service-wide budget alone.
     */
    static String limitedAs(String clientAddress) {
        String address = String.valueOf(clientAddress);
        if (!address.contains(":") || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            // A literal of hex digits, colons and dots: parsed, never looked up in DNS.
            java.net.InetAddress parsed = java.net.InetAddress.getByName(address);
            if (!(parsed instanceof java.net.Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4-mapped address is that IPv4 client
            }
            byte[] network = java.util.Arrays.copyOf(parsed.getAddress(), 16);
            java.util.Arrays.fill(network, 8, 16, (byte) 0);
            return java.net.InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
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
