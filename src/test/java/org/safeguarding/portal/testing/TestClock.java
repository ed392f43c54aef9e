package org.safeguarding.portal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The service's clock in every in-process test run: the system clock (UTC) plus an offset that a test can move
 * forward instead of sleeping. The offset is zero unless a test moves it, so every other test sees real time; a test
 * that moves it calls {@link #reset()} afterwards (in {@code @AfterEach}). Only what the service's Java clock decides
 * moves with it: PostgreSQL's {@code now()}, token and cookie expiry in Keycloak or a browser still run in real time.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    /** Moves the service's "now" forward (never back: a deadline already written must not come round again). */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + by);
        }
        synchronized (this) {
            offset = offset.plus(by);
        }
    }

    /** Back to real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
