package org.safeguarding.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Attempt counters kept in PostgreSQL, so every service instance counts against the same limit. Attempts are counted
 * per window, and the limit applies to the current window and the one before it together, so a new window never
 * hands out a fresh allowance straight after a burst. Each attempt is counted in its own transaction: a refused or
 * failed attempt still counts.
 */
@ApplicationScoped
public class AttemptLimiter {

    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    AttemptLimiter(EntityManager em) {
        this.em = em;
    }

    /**
     * Counts one attempt; true while this window and the previous one together hold at most {@code limit}.
     */
    public boolean tryAcquire(String bucket, int limit, Duration window) {
        long seconds = Math.max(1, window.toSeconds());
        Instant now = Instant.now(clock);
        Instant windowStart = Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds);
        Instant previousStart = windowStart.minusSeconds(seconds);
        return QuarkusTransaction.requiringNew().call(() -> {
            // Windows before the previous one are never read again.
            em.createNativeQuery("delete from attempt_window where bucket = ?1 and window_start < ?2")
                    .setParameter(1, bucket).setParameter(2, previousStart).executeUpdate();
            Number current = (Number) em.createNativeQuery("""
                    insert into attempt_window (bucket, window_start, attempts) values (?1, ?2, 1)
                    on conflict (bucket, window_start) do update set attempts = attempt_window.attempts + 1
                    returning attempts""")
                    .setParameter(1, bucket).setParameter(2, windowStart).getSingleResult();
            Number previous = (Number) em.createNativeQuery(
                    "select coalesce(sum(attempts), 0) from attempt_window where bucket = ?1 and window_start = ?2")
                    .setParameter(1, bucket).setParameter(2, previousStart).getSingleResult();
            return current.longValue() + previous.longValue() <= limit;
        });
    }
}
