package org.safeguarding.portal.core;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one clock of the service: every bean that needs "now" injects {@link Clock} instead of building its own, so
 * there is one place that decides what time it is (tests move it instead of sleeping). Always UTC: the service stores
 * instants in UTC and converts to London only to show them or to find a working day.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
