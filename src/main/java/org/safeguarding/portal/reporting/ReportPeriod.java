package org.safeguarding.portal.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.safeguarding.portal.core.WorkingCalendar;
import org.safeguarding.portal.reporting.disclosure.query.PeriodGrain;
import org.safeguarding.portal.reporting.disclosure.query.RefusedRequestException;

/**
 * A calendar period the board's tables are published for: a month ({@code 2026-10}), a quarter ({@code 2026-Q4}) or a
 * year ({@code 2026}), from the first London day to the first day after it. Nothing finer and nothing free: a day, a
 * week or a range is refused when parsed, with the reason.
 */
public record ReportPeriod(PeriodGrain grain, int year, int number) implements Comparable<ReportPeriod> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(?i)\\d{4}-W\\d{1,2}(-\\d)?");

    public static ReportPeriod month(int year, int month) {
        return new ReportPeriod(PeriodGrain.MONTH, year, month);
    }

    public static ReportPeriod month(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(PeriodGrain.QUARTER, year, quarter);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(PeriodGrain.YEAR, year, 0);
    }

    /**
     * The period a request names.
     *
     * @throws RefusedRequestException for a day, a week, a date range or anything that is not a calendar period
     */
    public static ReportPeriod parse(String id) {
        String text = id == null ? "" : id.strip();
        Matcher m;
        if ((m = MONTH.matcher(text)).matches() && Integer.parseInt(m.group(2)) >= 1
                && Integer.parseInt(m.group(2)) <= 12) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (YEAR.matcher(text).matches()) {
            return year(Integer.parseInt(text));
        }
        if (DAY.matcher(text).matches() || WEEK.matcher(text).matches()) {
            throw new RefusedRequestException("refused_day_or_week");
        }
        if (text.contains("..") || text.contains("/") || text.toLowerCase(Locale.ROOT).contains("to")) {
            throw new RefusedRequestException("refused_date_range");
        }
        throw new RefusedRequestException("refused_not_a_period");
    }

    public String id() {
        return switch (grain) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** "October 2026", "October to December 2026", "2026". */
    public String label() {
        return switch (grain) {
            case MONTH -> monthName(number) + " " + year;
            case QUARTER -> monthName(number * 3 - 2) + " to " + monthName(number * 3) + " " + year;
            case YEAR -> "January to December " + year;
        };
    }

    public LocalDate firstDay() {
        return switch (grain) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, number * 3 - 2, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The first day after the period. */
    public LocalDate endDay() {
        return switch (grain) {
            case MONTH -> firstDay().plusMonths(1);
            case QUARTER -> firstDay().plusMonths(3);
            case YEAR -> firstDay().plusYears(1);
        };
    }

    public Instant start() {
        return firstDay().atStartOfDay(WorkingCalendar.LONDON).toInstant();
    }

    public Instant end() {
        return endDay().atStartOfDay(WorkingCalendar.LONDON).toInstant();
    }

    /** The start of the calendar year the period is in: flows count a survivor in the first month they came that year. */
    public Instant yearStart() {
        return LocalDate.of(year, 1, 1).atStartOfDay(WorkingCalendar.LONDON).toInstant();
    }

    /** The periods one level down: a quarter's months, a year's quarters; none for a month. */
    public List<ReportPeriod> parts() {
        return switch (grain) {
            case MONTH -> List.of();
            case QUARTER -> IntStream.rangeClosed(number * 3 - 2, number * 3).mapToObj(m -> month(year, m)).toList();
            case YEAR -> IntStream.rangeClosed(1, 4).mapToObj(q -> quarter(year, q)).toList();
        };
    }

    /** The quarter a month is in, the year a quarter is in; none for a year. */
    public ReportPeriod parent() {
        return switch (grain) {
            case MONTH -> quarter(year, (number - 1) / 3 + 1);
            case QUARTER -> year(year);
            case YEAR -> null;
        };
    }

    @Override
    public int compareTo(ReportPeriod other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : other.endDay().compareTo(endDay());
    }

    @Override
    public String toString() {
        return id();
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
