package org.safeguarding.portal.security.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.TransactionExceptionResult;

import org.safeguarding.portal.security.origin.RequestOrigin;

/**
 * The limits on what costs the service work and stores rows: submissions and messages, per subject and per client,
 * counted in PostgreSQL ({@link AttemptLimiter}) so every instance counts together. Subjects and clients are
 * counted by their keyed hashes ({@link RequestOrigin}), never by name or address. A refused attempt still counts, so a
 * client that keeps trying stays refused until it stops for a while.
 */
@ApplicationScoped
public class RequestLimits {

    private final AttemptLimiter limiter;
    private final RequestOrigin origin;
    private final LimitsConfig config;

    RequestLimits(AttemptLimiter limiter, RequestOrigin origin, LimitsConfig config) {
        this.limiter = limiter;
        this.origin = origin;
        this.config = config;
    }

    /**
     * One account about to be stored (API or the page journey's final step); {@code subject} is null without an account.
     * Counted in the caller's transaction, the one that stores the account, so a submission costs one commit: the
     * caller counts before it stores and commits a refusal ({@link #commitRefusals}). The two counters stay locked
     * until that commit, which orders only one survivor's or one address's submissions (few, by this very limit).
     * A refusal leaves the transaction to commit (it would otherwise be marked for rollback on its way out).
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = TooManyAttempts.class)
    public void countSubmission(String subject) {
        LimitsConfig.Limit limit = config.submissions();
        if (!limiter.countInOrder(attempts("submission", limit.perSubject(), limit.perClient(),
                origin.subjectRefOf(subject), origin.clientRef()), limit.window())) {
            throw new TooManyAttempts(limit.window());
        }
    }

    /**
     * For the transaction that counted a submission ({@link #countSubmission}) and stores it: a refusal is committed,
     * so the refused attempt counts (only the count was written before it); any other failure rolls everything back,
     * the count with the rows, since no account was stored.
     */
    public static TransactionExceptionResult commitRefusals(Throwable failure) {
        return failure instanceof TooManyAttempts ? TransactionExceptionResult.COMMIT
                : TransactionExceptionResult.ROLLBACK;
    }

    /** One message or addition posted, by a survivor or a caseworker. */
    public void countMessage(String subject) {
        count("message", config.messages(), subject);
    }

    /**
     * One attempt at accepting an invitation code; {@code subject} is null without an account. Counted like the
     * receipt codes' attempts: every attempt, right or wrong, so one who keeps guessing stays refused.
     */
    public void countInvitationAttempt(String subject) {
        count("invitation", config.invitations(), subject);
    }

    private void count(String name, LimitsConfig.Limit limit, String subject) {
        count(name, limit.perSubject(), limit.perClient(), limit.window(), origin.subjectRefOf(subject),
                origin.clientRef());
    }

    /**
     * Counts one attempt against the subject's and the client's allowance; throws {@link TooManyAttempts} when either
     * is used up. A null reference (no subject; no request, as in a scheduled job) is not counted.
     */
    void count(String name, int perSubject, int perClient, Duration window, String subjectRef, String clientRef) {
        List<AttemptLimiter.Attempt> attempts = attempts(name, perSubject, perClient, subjectRef, clientRef);
        boolean allowed = attempts.isEmpty() || limiter.tryAcquireInOrder(attempts, window);
        if (!allowed) {
            throw new TooManyAttempts(window);
        }
    }

    /** Subject first, then client, in one transaction: a refused subject's attempt is counted, the client's not. */
    private static List<AttemptLimiter.Attempt> attempts(String name, int perSubject, int perClient,
            String subjectRef, String clientRef) {
        List<AttemptLimiter.Attempt> attempts = new ArrayList<>(2);
        if (subjectRef != null) {
            attempts.add(new AttemptLimiter.Attempt(bucket(name, "subject", subjectRef), perSubject));
        }
        if (clientRef != null) {
            attempts.add(new AttemptLimiter.Attempt(bucket(name, "client", clientRef), perClient));
        }
        return attempts;
    }

    static String bucket(String name, String kind, String ref) {
        return "limit:" + name + ":" + kind + ":" + ref;
    }
}
