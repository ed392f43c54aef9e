package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Deadlines are shown as the last day they allow, in London, whatever the season, in the page's language. */
class TimeFormatsTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final Locale URDU = Locale.forLanguageTag("ur");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Test
    void aDeadlineShowsItsLastDayNotTheMidnightAfterIt() {
        assertEquals("Tuesday 24 November 2026", TimeFormats.dueDay(Instant.parse("2026-11-25T00:00:00Z"), Locale.UK));
        // In summer the London midnight that ends Monday 13 July is 23:00 UTC.
        assertEquals("Monday 13 July 2026", TimeFormats.dueDay(Instant.parse("2026-07-13T23:00:00Z"), Locale.UK));
        // Due at an event (a moment in the day): that day.
        assertEquals("Monday 23 November 2026", TimeFormats.dueDay(Instant.parse("2026-11-23T15:30:00Z"), Locale.UK));
    }

    @Test
    void theQueuesShortDaysAreInLondonAndADeadlineShowsItsLastDay() {
        assertEquals("24 Nov 2026", TimeFormats.shortDueDay(Instant.parse("2026-11-25T00:00:00Z"), Locale.UK));
        assertEquals("14 Jul 2026", TimeFormats.shortDay(Instant.parse("2026-07-13T23:00:00Z"), Locale.UK));
    }

    @Test
    void englishIsGovukStyleAndTheDefaultOutsideARequest() {
        Instant evening = Instant.parse("2026-11-24T18:42:00Z");
        assertEquals("24 November 2026 at 6:42pm", TimeFormats.london(evening, Locale.UK));
        assertEquals("24 November 2026 at 6:42pm", TimeFormats.london(evening, null));
        assertEquals("6:42pm", TimeFormats.clockTime(evening, null));
    }

    @Test
    void welshUrduAndPolishUseTheirOwnMonthAndDayNamesWithWesternDigits() {
        Instant evening = Instant.parse("2026-11-24T18:42:00Z");
        Instant due = Instant.parse("2026-11-25T00:00:00Z");
        assertEquals("24 Tachwedd 2026 am 18:42", TimeFormats.london(evening, WELSH));
        assertEquals("Dydd Mawrth 24 Tachwedd 2026", TimeFormats.dueDay(due, WELSH));
        assertEquals("24 نومبر 2026، 18:42", TimeFormats.london(evening, URDU));
        assertEquals("منگل، 24 نومبر 2026", TimeFormats.dueDay(due, URDU));
        assertEquals("24 listopada 2026 o 18:42", TimeFormats.london(evening, POLISH));
        assertEquals("wtorek, 24 listopada 2026", TimeFormats.dueDay(due, POLISH));
        assertEquals("24 lis 2026", TimeFormats.shortDay(evening, POLISH));
        // A regional variant finds its language.
        assertEquals("24 Tachwedd 2026 am 18:42", TimeFormats.london(evening, Locale.forLanguageTag("cy-GB")));
    }

    @Test
    void aLanguageWithoutItsOwnPatternsIsWrittenInEnglishWhole() {
        assertEquals("24 November 2026 at 6:42pm",
                TimeFormats.london(Instant.parse("2026-11-24T18:42:00Z"), Locale.forLanguageTag("fr")));
    }
}
