package org.safeguarding.portal.security.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Rows;

/**
 * The limit holds across a window boundary: attempts in the previous window still count. A shared budget counts only
 * the attempts it allows, and holds under concurrent callers.
 */
@QuarkusTest
class AttemptLimiterTest {

    @Inject
    AttemptLimiter limiter;
    @Inject
    DataSource dataSource;

    /**
     * A request's limits counted in one transaction (issue 18) count as the separate calls did: each bucket in turn,
     * and a refusal stops there, its own attempt counted and the later buckets' not.
     */
    @Test
    void bucketsCountedInOrderStopAtTheFirstRefusal() throws Exception {
        Duration window = Duration.ofMinutes(15);
        String subject = "limiter-test:subject:" + UUID.randomUUID();
        String client = "limiter-test:client:" + UUID.randomUUID();
        List<AttemptLimiter.Attempt> both = List.of(new AttemptLimiter.Attempt(subject, 2),
                new AttemptLimiter.Attempt(client, 10));
        assertTrue(limiter.tryAcquireInOrder(both, window));
        assertTrue(limiter.tryAcquireInOrder(both, window));
        assertEquals(2, attemptsIn(subject));
        assertEquals(2, attemptsIn(client));

        assertFalse(limiter.tryAcquireInOrder(both, window), "the subject's third attempt is over its 2");
        assertEquals(3, attemptsIn(subject), "a refused attempt still counts");
        assertEquals(2, attemptsIn(client), "and the client's is not counted after the subject refused");
    }

    private long attemptsIn(String bucket) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(
                "select coalesce(sum(attempts), 0) from attempt_window where bucket = ?")) {
            read.setString(1, bucket);
            try (var rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aNewWindowGivesNoFreshAllowanceAfterABurst() throws Exception {
        String bucket = "limiter-test:" + UUID.randomUUID();
        Duration window = Duration.ofMinutes(15);
        long seconds = window.toSeconds();
        Instant currentStart = Instant.ofEpochSecond(Instant.now().getEpochSecond() / seconds * seconds);
        try (Connection c = dataSource.getConnection(); PreparedStatement burst = c.prepareStatement(
                "insert into attempt_window (bucket, window_start, attempts) values (?, ?, 5)")) {
            burst.setString(1, bucket);
            burst.setObject(2, java.time.OffsetDateTime.ofInstant(currentStart.minusSeconds(seconds),
                    java.time.ZoneOffset.UTC));
            burst.executeUpdate();
        }
        assertFalse(limiter.tryAcquire(bucket, 5, window), "5 in the previous window already use the allowance");

        String fresh = "limiter-test:" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertTrue(limiter.tryAcquire(fresh, 5, window));
        }
        assertFalse(limiter.tryAcquire(fresh, 5, window));
    }

    @Test
    void aSharedBudgetCountsOnlyWhatItAllows() {
        String bucket = "limiter-test:" + UUID.randomUUID();
        Duration window = Duration.ofMinutes(15);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertTrue(limiter.tryAcquireShared(bucket, 5, window));
        }
        for (int refused = 1; refused <= 20; refused++) {
            assertFalse(limiter.tryAcquireShared(bucket, 5, window));
        }
        assertEquals(5, Rows.count(dataSource,
                "select coalesce(sum(attempts), 0) from attempt_window where bucket = ?", bucket),
                "refused attempts are not counted");
    }

    @Test
    void aSharedBudgetAlsoCountsThePreviousWindow() throws Exception {
        String bucket = "limiter-test:" + UUID.randomUUID();
        Duration window = Duration.ofMinutes(15);
        long seconds = window.toSeconds();
        Instant currentStart = Instant.ofEpochSecond(Instant.now().getEpochSecond() / seconds * seconds);
        try (Connection c = dataSource.getConnection(); PreparedStatement burst = c.prepareStatement(
                "insert into attempt_window (bucket, window_start, attempts) values (?, ?, 4)")) {
            burst.setString(1, bucket);
            burst.setObject(2, java.time.OffsetDateTime.ofInstant(currentStart.minusSeconds(seconds),
                    java.time.ZoneOffset.UTC));
            burst.executeUpdate();
        }
        assertTrue(limiter.tryAcquireShared(bucket, 5, window));
        assertFalse(limiter.tryAcquireShared(bucket, 5, window));
    }

    /** Many callers at once (as from several service instances, each its own transaction) never pass the limit. */
    @Test
    void aSharedBudgetHoldsUnderConcurrentAttempts() throws Exception {
        String bucket = "limiter-test:" + UUID.randomUUID();
        Duration window = Duration.ofMinutes(15);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(pool.submit(() -> limiter.tryAcquireShared(bucket, 10, window)));
            }
            int allowed = 0;
            for (Future<Boolean> attempt : attempts) {
                allowed += attempt.get() ? 1 : 0;
            }
            assertEquals(10, allowed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, Rows.count(dataSource,
                "select coalesce(sum(attempts), 0) from attempt_window where bucket = ?", bucket));
    }
}
