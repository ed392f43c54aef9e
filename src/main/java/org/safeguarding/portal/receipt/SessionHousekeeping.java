package org.safeguarding.portal.receipt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import org.safeguarding.portal.security.limits.AttemptLimiter;
import org.safeguarding.portal.security.session.EndedSignIns;

/**
 * Removes what has stopped mattering: receipt sessions that have ended (their tokens open nothing) and rate-limit
 * windows long past. Deleting is idempotent, so two service instances running this at once do no harm.
 */
@ApplicationScoped
public class SessionHousekeeping {

    /** Kept a while after use so a limit window is never cut short. */
    static final Duration ATTEMPT_WINDOWS_KEPT = Duration.ofDays(1);

    private final EntityManager em;
    private final AttemptLimiter limiter;
    private final EndedSignIns endedSignIns;
    private final Clock clock;

    SessionHousekeeping(EntityManager em, AttemptLimiter limiter, EndedSignIns endedSignIns, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.limiter = limiter;
        this.endedSignIns = endedSignIns;
    }

    /** What one run removed: receipt sessions, rate-limit windows, and sign-ins ended by quick exit past any use. */
    public record Removed(int sessions, int attemptWindows, int endedSignIns) {
    }

    // The first run waits a while after start (portal.sessions.housekeeping-delay), so a start is not slowed by it.
    @Scheduled(every = "${portal.sessions.housekeeping-every:10m}", delayed = "${portal.sessions.housekeeping-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        removeExpired();
    }

    @Transactional
    public Removed removeExpired() {
        Instant now = Instant.now(clock);
        int sessions = em.createQuery("delete from AnonymousSession s where s.expiresAt <= ?1 or s.endsAt <= ?1")
                .setParameter(1, now).executeUpdate();
        int windows = limiter.forgetWindowsBefore(now.minus(ATTEMPT_WINDOWS_KEPT));
        return new Removed(sessions, windows, endedSignIns.forgetPastUse());
    }
}
