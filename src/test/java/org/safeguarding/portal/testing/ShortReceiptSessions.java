package org.safeguarding.portal.testing;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service with a receipt session idle window of a few seconds instead of 30 minutes, so tests can keep a session
 * busy for longer than the window, or leave it alone past it (moving the service's {@link TestClock} rather than sleeping, where the
 * server decides). Only the tests that name this profile
 * run with it (the other tests' sessions may sit idle for longer while a slow page or check runs).
 */
public class ShortReceiptSessions implements QuarkusTestProfile {

    /** The idle window in this profile. Steps in the tests are spaced well under it, allowing for a busy machine. */
    public static final Duration IDLE = Duration.ofSeconds(8);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("portal.security.receipt-session-idle", IDLE.toSeconds() + "S");
    }
}
