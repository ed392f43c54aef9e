package org.safeguarding.portal.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Safe windows are decided in London time, across the clock changes. */
class SafeWindowTest {

    @Test
    void aWeekdayMorningIsDecidedInLondonTime() {
        // 07:30 UTC on a summer Friday is 08:30 in London; on a winter Friday it is 07:30, before the window.
        assertTrue(SafeWindow.WEEKDAY_MORNINGS.contains(Instant.parse("2026-07-10T07:30:00Z")));
        assertFalse(SafeWindow.WEEKDAY_MORNINGS.contains(Instant.parse("2026-01-09T07:30:00Z")));
        assertTrue(SafeWindow.WEEKDAY_MORNINGS.contains(Instant.parse("2026-01-09T08:00:00Z")));
        assertFalse(SafeWindow.WEEKDAY_MORNINGS.contains(Instant.parse("2026-01-09T12:00:00Z")), "until is exclusive");
    }

    @Test
    void weekendsAndEveningsAreTheirOwnWindows() {
        assertTrue(SafeWindow.WEEKEND_DAYTIME.contains(Instant.parse("2026-07-11T10:00:00Z")));
        assertFalse(SafeWindow.WEEKDAY_AFTERNOONS.contains(Instant.parse("2026-07-11T13:00:00Z")), "Saturday");
        // 20:30 UTC on a summer Friday is 21:30 in London: after the evening window.
        assertFalse(SafeWindow.WEEKDAY_EVENINGS.contains(Instant.parse("2026-07-10T20:30:00Z")));
        assertTrue(SafeWindow.WEEKDAY_EVENINGS.contains(Instant.parse("2026-01-09T20:30:00Z")));
    }
}
