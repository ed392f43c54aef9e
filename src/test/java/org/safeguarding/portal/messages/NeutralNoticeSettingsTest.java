package org.safeguarding.portal.messages;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;

/**
 * A claim must outlive the send it covers, or another run could claim and send a notice the relay is still taking:
 * the service refuses to start with a lease shorter than twice the send timeout, or with no send timeout at all.
 */
class NeutralNoticeSettingsTest {

    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void close() {
        VERTX.close();
    }

    private static NeutralNotices with(Duration sendTimeout, Duration lease) {
        return new NeutralNotices(null, null, null, null, null, "http://localhost", sendTimeout, lease,
                java.time.Clock.systemUTC(), VERTX);
    }

    @Test
    void aLeaseShorterThanTwiceTheSendTimeoutIsRefused() {
        assertThrows(IllegalStateException.class, () -> with(Duration.ofSeconds(20), Duration.ofSeconds(20)));
        assertThrows(IllegalStateException.class, () -> with(Duration.ofSeconds(20), Duration.ofSeconds(39)));
        assertDoesNotThrow(() -> with(Duration.ofSeconds(20), Duration.ofSeconds(40)));
        assertDoesNotThrow(() -> with(Duration.ofSeconds(20), Duration.ofMinutes(10)));
    }

    @Test
    void aSendTimeoutOfZeroIsRefused() {
        assertThrows(IllegalStateException.class, () -> with(Duration.ZERO, Duration.ofMinutes(10)));
    }
}
