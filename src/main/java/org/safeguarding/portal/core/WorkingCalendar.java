package org.safeguarding.portal.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Working days for the Survivor's Charter deadlines ("we will reply within N working days"). A working day is a
 * weekday that is not an England and Wales bank holiday.
 *
 * <p>The charter's promises are made to people in England and Wales, so a deadline is decided in London time even
 * though every moment is stored in UTC: a referral at 23:30 on a Friday in London was made on the Friday, whatever
 * UTC says, and "the end of Monday" is 23:00 UTC in summer but midnight UTC in winter. Every date here comes from
 * {@link #LONDON}, and every due moment is a London midnight, so clock changes are handled by the time zone rules and
 * not by adding hours.
 *
 * <p><b>The due convention.</b> A deadline is met if the thing happens <em>before</em> the returned instant, which is
 * the London midnight that <em>starts</em> the day after the due day (so "due by the end of Monday 13 July" returns
 * the instant of 00:00 on Tuesday 14 July in London). The start day never counts, working day or not.
 *
 * <p>The bank holidays are data, not rules: {@code charter/bank-holidays-england-and-wales.csv}, from GOV.UK, because
 * one-off holidays (a jubilee, a state funeral, a coronation) are proclaimed and no rule predicts them. The file covers
 * whole years only, and a date outside them is refused rather than assumed to have no holidays: a deadline quietly
 * landing on a bank holiday is a promise broken without anyone noticing.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** Where the charter's days begin and end. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final String DEFAULT_RESOURCE = "/charter/bank-holidays-england-and-wales.csv";

    private final NavigableMap<LocalDate, String> holidays;
    private final int firstYear;
    private final int lastYear;

    WorkingCalendar() {
        this(read(DEFAULT_RESOURCE), DEFAULT_RESOURCE);
    }

    /** A calendar from a classpath resource in the same format as the default file (tests, another list). */
    static WorkingCalendar fromResource(String resource) {
        return new WorkingCalendar(read(resource), resource);
    }

    /** A calendar from the text of a list: {@code YYYY-MM-DD,Name} lines, {@code #} comments and blank lines. */
    WorkingCalendar(String list, String source) {
        NavigableMap<LocalDate, String> parsed = new TreeMap<>();
        for (String line : list.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split(",", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalStateException(source + ": a line is not 'YYYY-MM-DD,Name': " + trimmed);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0].strip());
            } catch (DateTimeException e) {
                throw new IllegalStateException(source + ": not a date: " + parts[0], e);
            }
            if (parsed.put(date, parts[1].strip()) != null) {
                throw new IllegalStateException(source + ": " + date + " is listed twice");
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException(source + ": no bank holidays listed");
        }
        this.firstYear = parsed.firstKey().getYear();
        this.lastYear = parsed.lastKey().getYear();
        // Coverage is decided by the first and last listed years, so a year missing in between would otherwise be
        // silently treated as having no holidays.
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            if (parsed.subMap(jan1, true, jan1.plusYears(1), false).isEmpty()) {
                throw new IllegalStateException(source + ": no bank holidays listed for " + year);
            }
        }
        this.holidays = Collections.unmodifiableNavigableMap(parsed);
    }

    /** The first year the list covers; working days before it cannot be counted. */
    public int firstYearCovered() {
        return firstYear;
    }

    /** The last year the list covers; the list needs a new year added before this one runs out. */
    public int lastYearCovered() {
        return lastYear;
    }

    /** Every listed bank holiday, in date order, with GOV.UK's name for it. */
    public NavigableMap<LocalDate, String> bankHolidays() {
        return holidays;
    }

    /**
     * Whether the date is a working day: not a Saturday, Sunday or bank holiday.
     *
     * @throws IllegalStateException if the date is in a year the list does not cover
     */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /**
     * The Nth working day after the given London date; the date itself never counts. Zero days is the date itself.
     *
     * @throws IllegalStateException if a day in a year the list does not cover would have to be looked at
     */
    public LocalDate workingDaysAfter(LocalDate from, int days) {
        requireNotNegative(days);
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * When "within N working days of {@code start}" runs out: the end of the Nth working day after the London date of
     * {@code start}, returned as the London midnight that begins the following day (due <em>before</em> it). A
     * referral at 10:00 on a Friday with one working day is due before Tuesday 00:00; so is one on the Saturday.
     *
     * @throws IllegalStateException if a day in a year the list does not cover would have to be looked at
     */
    public Instant addWorkingDays(Instant start, int days) {
        return endOf(workingDaysAfter(londonDate(start), days));
    }

    /**
     * When "within N calendar days" runs out: the end of the London date N days after the London date of
     * {@code start}, as the London midnight that begins the following day. Bank holidays do not matter here.
     */
    public Instant addCalendarDays(Instant start, int days) {
        requireNotNegative(days);
        return endOf(londonDate(start).plusDays(days));
    }

    /**
     * When "within N months" runs out: the end of the same day of the month N months on in London, or the month's last
     * day if it is shorter ({@link LocalDate#plusMonths}: a month from 31 January is the end of 28 or 29 February), as
     * the London midnight that begins the following day.
     */
    public Instant addCalendarMonths(Instant start, int months) {
        requireNotNegative(months);
        return endOf(londonDate(start).plusMonths(months));
    }

    /** The date in London at that instant: the day the charter counts from. */
    public static LocalDate londonDate(Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    /**
     * The end of a London date as the instant it is due before: the next day's London midnight. Taken from the time
     * zone rules, so the 23-hour and 25-hour days of the clock changes come out right.
     */
    public static Instant endOf(LocalDate londonDate) {
        return londonDate.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    private void requireCovered(LocalDate date) {
        int year = date.getYear();
        if (year < firstYear || year > lastYear) {
            throw new IllegalStateException("the bank holiday list covers " + firstYear + " to " + lastYear
                    + ", not " + date + ": add the year from https://www.gov.uk/bank-holidays");
        }
    }

    private static void requireNotNegative(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a deadline cannot be a negative number of days or months: " + count);
        }
    }

    private static String read(String resource) {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bank holiday list not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
