package org.safeguarding.portal.security.limits;

import java.time.Duration;

/**
 * A limit was reached (receipt codes, starts, submissions, messages): answered 429 with Retry-After, and a page that
 * says when to try again (web.ErrorMappers). Carries no stack trace: it is an answer, not a fault.
 */
public class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("too many attempts", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, for the words on the page. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
