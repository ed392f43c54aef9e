package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Deadlines are shown as the last day they allow, in London, whatever the season. */
class TimeFormatsTest {

    @Test
    void aDeadlineShowsItsLastDayNotTheMidnightAfterIt() {
        assertEquals("Tuesday 24 November 2026", TimeFormats.dueDay(Instant.parse("2026-11-25T00:00:00Z")));
        // In summer the London midnight that ends Monday 13 July is 23:00 UTC.
        assertEquals("Monday 13 July 2026", TimeFormats.dueDay(Instant.parse("2026-07-13T23:00:00Z")));
        // Due at an event (a moment in the day): that day.
        assertEquals("Monday 23 November 2026", TimeFormats.dueDay(Instant.parse("2026-11-23T15:30:00Z")));
    }

    @org.junit.jupiter.api.Test
    void theQueuesShortDaysAreInLondonAndADeadlineShowsItsLastDay() {
        assertEquals("24 Nov 2026", TimeFormats.shortDueDay(Instant.parse("2026-11-25T00:00:00Z")));
        assertEquals("14 Jul 2026", TimeFormats.shortDay(Instant.parse("2026-07-13T23:00:00Z")));
    }
}
