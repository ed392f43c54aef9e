package org.safeguarding.portal.security.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Attempt counters kept in PostgreSQL, so every service instance counts against the same limit. Attempts are counted
 * per window, and the limit applies to the current window and the one before it together, so a new window never
 * hands out a fresh allowance straight after a burst. Each attempt (or each request's attempts,
 * {@link #tryAcquireInOrder}) is counted in a transaction of its own, or in the caller's ({@link #countInOrder}). Two
 * ways to count: {@link #tryAcquire} counts every attempt, refused or not (a client's own limit: one that keeps
 * hammering stays refused), and {@link #tryAcquireShared} counts only the attempts it allows (a budget shared by
 * everyone, which callers already refused elsewhere, or refused by this limit, must not use up).
 */
@ApplicationScoped
public class AttemptLimiter {

    private final EntityManager em;
    private final Clock clock;

    AttemptLimiter(EntityManager em, Clock clock) {
        this.clock = clock;
        this.em = em;
    }

    /** One bucket's attempt and its limit, for {@link #tryAcquireInOrder}. */
    public record Attempt(String bucket, int limit) {
    }

    /**
     * Counts one attempt; true while this window and the previous one together hold at most {@code limit}.
     */
    public boolean tryAcquire(String bucket, int limit, Duration window) {
        return tryAcquireInOrder(List.of(new Attempt(bucket, limit)), window);
    }

    /**
     * Counts one attempt in each bucket in turn, as {@link #tryAcquire} would, and stops at the first that refuses (its
     * attempt counted, the later buckets' not): the same as calling {@code tryAcquire} for each with {@code &&}, but in
     * one transaction, so a request's two limits (subject and client) cost one commit instead of two.
     */
    public boolean tryAcquireInOrder(List<Attempt> attempts, Duration window) {
        return QuarkusTransaction.requiringNew().call(() -> countInOrder(attempts, window));
    }

    /**
     * {@link #tryAcquireInOrder} in the caller's transaction, for a caller that counts and stores in one commit (a
     * submission: {@code RequestLimits.countSubmission}). The counted rows stay locked until that commit, so callers
     * count before their slow work only where one bucket's requests are few (a subject's, a client address's).
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public boolean countInOrder(List<Attempt> attempts, Duration window) {
        Windows windows = Windows.at(Instant.now(clock), window);
        for (Attempt attempt : attempts) {
            if (!count(attempt.bucket(), attempt.limit(), windows)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One statement per bucket (one round trip; it was three): windows before the previous one forgotten, this one
     * counted, the previous one read. The three parts touch different windows, so reading the previous window from the
     * statement's snapshot is exact.
     */
    private boolean count(String bucket, int limit, Windows windows) {
        Number counted = (Number) em.createNativeQuery("""
                with forgotten as (delete from attempt_window where bucket = ?1 and window_start < ?3),
                counted as (insert into attempt_window (bucket, window_start, attempts) values (?1, ?2, 1)
                    on conflict (bucket, window_start) do update set attempts = attempt_window.attempts + 1
                    returning attempts)
                select (select attempts from counted) + coalesce((select sum(attempts) from attempt_window
                    where bucket = ?1 and window_start = ?3), 0)""")
                .setParameter(1, bucket).setParameter(2, windows.current()).setParameter(3, windows.previous())
                .getSingleResult();
        return counted.longValue() <= limit;
    }

    /**
     * Counts one attempt only if it is allowed: true (and counted) while this window and the previous one together
     * hold fewer than {@code limit}; false, and nothing counted, otherwise. The check and the count are one statement
     * on the window's row (its row lock orders concurrent attempts from any instance), so the limit is never exceeded.
     */
    public boolean tryAcquireShared(String bucket, int limit, Duration window) {
        Windows windows = Windows.at(Instant.now(clock), window);
        Instant windowStart = windows.current();
        Instant previousStart = windows.previous();
        return QuarkusTransaction.requiringNew().call(() -> {
            forgetOlderThanPrevious(bucket, previousStart);
            // The previous window no longer changes: it is read once, and only the current one is counted into.
            long previous = ((Number) em.createNativeQuery(
                    "select coalesce(sum(attempts), 0) from attempt_window where bucket = ?1 and window_start = ?2")
                    .setParameter(1, bucket).setParameter(2, previousStart).getSingleResult()).longValue();
            long room = limit - previous;
            return !em.createNativeQuery("""
                    insert into attempt_window (bucket, window_start, attempts) select ?1, ?2, 1 where ?3 > 0
                    on conflict (bucket, window_start) do update set attempts = attempt_window.attempts + 1
                    where attempt_window.attempts < ?3
                    returning attempts""")
                    .setParameter(1, bucket).setParameter(2, windowStart).setParameter(3, room)
                    .getResultList().isEmpty();
        });
    }

    /**
     * Forgets every window that started before {@code cutoff}, in the caller's transaction (the receipt sessions'
     * housekeeping); returns how many went.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public int forgetWindowsBefore(Instant cutoff) {
        return em.createNativeQuery("delete from attempt_window where window_start < ?1").setParameter(1, cutoff)
                .executeUpdate();
    }

    /** The fixed window an instant falls in and the one before it (both limits count the two together). */
    private record Windows(Instant current, Instant previous) {
        static Windows at(Instant now, Duration window) {
            long seconds = Math.max(1, window.toSeconds());
            Instant current = Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds);
            return new Windows(current, current.minusSeconds(seconds));
        }
    }

    /** Windows before the previous one are never read again. */
    private void forgetOlderThanPrevious(String bucket, Instant previousStart) {
        em.createNativeQuery("delete from attempt_window where bucket = ?1 and window_start < ?2")
                .setParameter(1, bucket).setParameter(2, previousStart).executeUpdate();
    }
}
