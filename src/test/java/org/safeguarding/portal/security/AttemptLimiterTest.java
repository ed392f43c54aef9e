package org.safeguarding.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The limit holds across a window boundary: attempts in the previous window still count. */
@QuarkusTest
class AttemptLimiterTest {

    @Inject
    AttemptLimiter limiter;
    @Inject
    DataSource dataSource;

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
}
