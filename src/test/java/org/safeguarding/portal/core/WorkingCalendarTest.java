package org.safeguarding.portal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguarding.portal.core.WorkingCalendar.LONDON;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Deadlines counted the way the charter promises them: in London, from the day after the start, to the end of the due
 * day. Due instants are written out in UTC so that a wrong hour across a clock change shows.
 */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar();

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private static Instant utc(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-07-10")), "Friday");
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-07-11")), "Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-07-12")), "Sunday");
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-07-13")), "Monday");
    }

    @Test
    void theStartDayNeverCounts() {
        // Thursday: due at the end of Friday (winter, so midnight UTC).
        assertEquals(utc("2026-01-10T00:00:00Z"), calendar.addWorkingDays(london("2026-01-08T10:00"), 1));
        // Friday and Saturday: both due at the end of Monday.
        assertEquals(utc("2026-01-13T00:00:00Z"), calendar.addWorkingDays(london("2026-01-09T10:00"), 1));
        assertEquals(utc("2026-01-13T00:00:00Z"), calendar.addWorkingDays(london("2026-01-10T10:00"), 1));
        assertEquals(utc("2026-01-13T00:00:00Z"), calendar.addWorkingDays(london("2026-01-11T10:00"), 1));
        // A working week from a Monday is the next Monday.
        assertEquals(utc("2026-01-20T00:00:00Z"), calendar.addWorkingDays(london("2026-01-12T09:00"), 5));
        // Zero working days is the end of the start day itself.
        assertEquals(utc("2026-01-13T00:00:00Z"), calendar.addWorkingDays(london("2026-01-12T09:00"), 0));
        assertEquals(LocalDate.parse("2026-01-19"), calendar.workingDaysAfter(LocalDate.parse("2026-01-12"), 5));
    }

    @Test
    void christmasAndNewYear() {
        // 24 Dec (1); 25, 26 bank holidays; 27, 28 weekend; 29 Dec (2).
        assertEquals(utc("2025-12-30T00:00:00Z"), calendar.addWorkingDays(london("2025-12-23T10:00"), 2));
        // 25 Dec 2026 is a Friday; Boxing Day falls on the Saturday, so Monday 28 is its substitute.
        assertEquals(utc("2026-12-30T00:00:00Z"), calendar.addWorkingDays(london("2026-12-24T10:00"), 1));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-12-28")));
        // New Year's Day 2027 is a Friday: the last day of 2026 plus one is Monday 4 January.
        assertEquals(utc("2027-01-05T00:00:00Z"), calendar.addWorkingDays(london("2026-12-31T10:00"), 1));
        // 2027: Christmas on a Saturday, so 27 and 28 are substitutes; 2028: New Year on a Saturday, so 3 January.
        assertEquals(utc("2027-12-30T00:00:00Z"), calendar.addWorkingDays(london("2027-12-24T10:00"), 1));
        assertEquals(utc("2028-01-05T00:00:00Z"), calendar.addWorkingDays(london("2027-12-31T10:00"), 1));
    }

    @Test
    void easter() {
        // Thursday before Good Friday 2026: Good Friday, the weekend and Easter Monday pass; due end of Tuesday (BST).
        assertEquals(utc("2026-04-07T23:00:00Z"), calendar.addWorkingDays(london("2026-04-02T10:00"), 1));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-04-03")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-04-06")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2024-03-29")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2025-04-21")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2019-04-22")));
    }

    @Test
    void oneOffAndMovedHolidays() {
        for (String holiday : List.of("2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08")) {
            assertFalse(calendar.isWorkingDay(LocalDate.parse(holiday)), holiday);
        }
        // The Mondays the holidays were moved from were ordinary working days.
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2020-05-04")), "2020-05-04 (early May moved to VE Day)");
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2022-05-30")), "2022-05-30 (spring moved to 2 June)");
    }

    @Test
    void substituteDays() {
        for (String holiday : List.of("2016-12-26", "2016-12-27", "2017-01-02", "2020-12-28", "2021-12-27",
                "2021-12-28", "2022-01-03", "2022-12-26", "2022-12-27", "2023-01-02", "2027-12-27", "2027-12-28",
                "2028-01-03")) {
            assertFalse(calendar.isWorkingDay(LocalDate.parse(holiday)), holiday);
        }
    }

    @Test
    void springClockChange() {
        // Saturday 28 March 2026 in GMT; clocks go forward on the Sunday; the end of Monday is 23:00 UTC.
        assertEquals(utc("2026-03-30T23:00:00Z"), calendar.addWorkingDays(utc("2026-03-28T12:00:00Z"), 1));
        // The end of Sunday 29 March, the 23-hour day itself, is already in BST.
        assertEquals(utc("2026-03-29T23:00:00Z"), calendar.addCalendarDays(utc("2026-03-28T12:00:00Z"), 1));
        // The start day's own end is still in GMT.
        assertEquals(utc("2026-03-29T00:00:00Z"), calendar.addCalendarDays(utc("2026-03-28T12:00:00Z"), 0));
    }

    @Test
    void autumnClockChange() {
        // Saturday 24 October 2026 in BST; clocks go back on the Sunday; the end of Monday is midnight UTC.
        assertEquals(utc("2026-10-27T00:00:00Z"), calendar.addWorkingDays(utc("2026-10-24T12:00:00Z"), 1));
        assertEquals(utc("2026-10-26T00:00:00Z"), calendar.addCalendarDays(utc("2026-10-24T12:00:00Z"), 1));
        // The start day's own end is still in BST.
        assertEquals(utc("2026-10-24T23:00:00Z"), calendar.addCalendarDays(utc("2026-10-24T12:00:00Z"), 0));
        // Friday 23:30 BST is Friday 22:30 UTC: it counts from the Friday, and so does Saturday 00:30 BST.
        assertEquals(utc("2026-10-27T00:00:00Z"), calendar.addWorkingDays(utc("2026-10-23T22:30:00Z"), 1));
        assertEquals(utc("2026-10-27T00:00:00Z"), calendar.addWorkingDays(utc("2026-10-23T23:30:00Z"), 1));
    }

    @Test
    void theStartDayIsTheLondonDate() {
        // Summer Friday 23:30 BST (22:30 UTC): counts from the Friday; due before Tuesday 00:00 BST.
        assertEquals(utc("2026-07-13T23:00:00Z"), calendar.addWorkingDays(utc("2026-07-10T22:30:00Z"), 1));
        // Summer Saturday 00:30 BST (Friday 23:30 UTC): counts from the Saturday; due at the same moment.
        assertEquals(utc("2026-07-13T23:00:00Z"), calendar.addWorkingDays(utc("2026-07-10T23:30:00Z"), 1));
        // Where the London date decides the answer: Thursday 23:30 UTC is already Friday 00:30 in BST...
        assertEquals(utc("2026-07-13T23:00:00Z"), calendar.addWorkingDays(utc("2026-07-09T23:30:00Z"), 1));
        // ...while Thursday 22:30 UTC is Thursday 23:30 BST, due at the end of the Friday.
        assertEquals(utc("2026-07-10T23:00:00Z"), calendar.addWorkingDays(utc("2026-07-09T22:30:00Z"), 1));
        // Winter Friday 23:30 UTC is Friday 23:30 GMT: counts from the Friday; due before Tuesday 00:00 GMT.
        assertEquals(utc("2026-01-13T00:00:00Z"), calendar.addWorkingDays(utc("2026-01-09T23:30:00Z"), 1));
        // Winter Thursday 23:30 UTC is still Thursday: due at the end of the Friday.
        assertEquals(utc("2026-01-10T00:00:00Z"), calendar.addWorkingDays(utc("2026-01-08T23:30:00Z"), 1));
        assertEquals(LocalDate.parse("2026-07-11"), WorkingCalendar.londonDate(utc("2026-07-10T23:30:00Z")));
    }

    @Test
    void calendarDaysAndMonths() {
        // 10 January + 10 days is 20 January, due before its end.
        assertEquals(utc("2026-01-21T00:00:00Z"), calendar.addCalendarDays(london("2026-01-10T10:00"), 10));
        // Bank holidays do not matter to calendar days: 24 December + 2 is the end of Boxing Day.
        assertEquals(utc("2025-12-27T00:00:00Z"), calendar.addCalendarDays(london("2025-12-24T10:00"), 2));
        // A month from 31 January is the end of February, 28 or 29 days long.
        assertEquals(utc("2026-03-01T00:00:00Z"), calendar.addCalendarMonths(london("2026-01-31T10:00"), 1));
        assertEquals(utc("2028-03-01T00:00:00Z"), calendar.addCalendarMonths(london("2028-01-31T10:00"), 1));
        // A month across the spring clock change ends at 23:00 UTC.
        assertEquals(utc("2026-04-15T23:00:00Z"), calendar.addCalendarMonths(london("2026-03-15T10:00"), 1));
        // 23:30 UTC on 30 June is 1 July in London: a month is the end of 1 August.
        assertEquals(utc("2026-08-01T23:00:00Z"), calendar.addCalendarMonths(utc("2026-06-30T23:30:00Z"), 1));
        // Calendar counting needs no bank holidays, so it works beyond the list.
        assertEquals(utc("2040-01-02T00:00:00Z"), calendar.addCalendarMonths(london("2039-12-01T10:00"), 1));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(utc("2026-01-12T10:00:00Z"), -1));
        assertThrows(IllegalArgumentException.class, () -> calendar.addCalendarDays(utc("2026-01-12T10:00:00Z"), -1));
        assertThrows(IllegalArgumentException.class,
                () -> calendar.addCalendarMonths(utc("2026-01-12T10:00:00Z"), -1));
    }

    @Test
    void theListCoversThisYearAndNext() {
        int thisYear = LocalDate.now(LONDON).getYear();
        assertTrue(calendar.firstYearCovered() <= thisYear && calendar.lastYearCovered() >= thisYear + 1,
                "the bank holiday list covers " + calendar.firstYearCovered() + " to " + calendar.lastYearCovered()
                        + " but deadlines this year and next need " + thisYear + " and " + (thisYear + 1)
                        + ": add the years from https://www.gov.uk/bank-holidays to "
                        + WorkingCalendar.DEFAULT_RESOURCE);
    }

    @Test
    void everyYearLooksComplete() {
        assertEquals(2015, calendar.firstYearCovered());
        assertEquals(2030, calendar.lastYearCovered());
        Map<Integer, List<LocalDate>> byYear = calendar.bankHolidays().keySet().stream()
                .collect(Collectors.groupingBy(LocalDate::getYear));
        for (int year = 2015; year <= 2030; year++) {
            List<LocalDate> days = byYear.getOrDefault(year, List.of());
            assertTrue(days.size() >= 8, year + " has " + days.size() + " bank holidays");
            // Christmas Day, or its substitute on the 27th when it falls at a weekend.
            assertTrue(days.contains(LocalDate.of(year, 12, 25)) || days.contains(LocalDate.of(year, 12, 27)),
                    year + " has no Christmas Day");
            // A holiday at a weekend means a missing substitute day.
            for (LocalDate day : days) {
                assertTrue(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY,
                        day + " is at a weekend");
            }
        }
        assertEquals("Bank Holiday for the State Funeral of Queen Elizabeth II",
                calendar.bankHolidays().get(LocalDate.parse("2022-09-19")));
    }

    @Test
    void aDateOutsideTheListIsRefused() {
        assertThrows(IllegalStateException.class, () -> calendar.isWorkingDay(LocalDate.parse("2014-12-31")));
        assertThrows(IllegalStateException.class, () -> calendar.isWorkingDay(LocalDate.parse("2031-01-02")));
        // The last days of 2030 are counted, but not past the end of the list.
        assertEquals(utc("2030-12-31T00:00:00Z"), calendar.addWorkingDays(london("2030-12-27T10:00"), 1));
        assertThrows(IllegalStateException.class, () -> calendar.addWorkingDays(london("2030-12-30T10:00"), 2));
    }

    @Test
    void aListWithAGapOrAnUnreadableLineIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> new WorkingCalendar("2025-12-25,Christmas Day\n2027-12-27,Christmas Day\n", "gap"));
        assertThrows(IllegalStateException.class, () -> new WorkingCalendar("25/12/2025,Christmas Day\n", "format"));
        assertThrows(IllegalStateException.class, () -> new WorkingCalendar("2025-12-25\n", "no name"));
        assertThrows(IllegalStateException.class,
                () -> new WorkingCalendar("2025-12-25,Christmas Day\n2025-12-25,Again\n", "twice"));
        assertThrows(IllegalStateException.class, () -> new WorkingCalendar("# only a comment\n", "empty"));
        assertThrows(IllegalStateException.class, () -> WorkingCalendar.fromResource("/charter/no-such-file.csv"));
        assertEquals(2030, WorkingCalendar.fromResource(WorkingCalendar.DEFAULT_RESOURCE).lastYearCovered());
    }
}
