package org.safeguarding.portal.security.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** One account submitted (API or the page journey's final step); {@code subject} is null without an account. */
    public void countSubmission(String subject) {
        count("submission", config.submissions(), subject);
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
        // Subject first, then client, in one transaction: a refused subject's attempt is counted, the client's not.
        List<AttemptLimiter.Attempt> attempts = new ArrayList<>(2);
        if (subjectRef != null) {
            attempts.add(new AttemptLimiter.Attempt(bucket(name, "subject", subjectRef), perSubject));
        }
        if (clientRef != null) {
            attempts.add(new AttemptLimiter.Attempt(bucket(name, "client", clientRef), perClient));
        }
        boolean allowed = attempts.isEmpty() || limiter.tryAcquireInOrder(attempts, window);
        if (!allowed) {
            throw new TooManyAttempts(window);
        }
    }

    static String bucket(String name, String kind, String ref) {
        return "limit:" + name + ":" + kind + ":" + ref;
    }
}
