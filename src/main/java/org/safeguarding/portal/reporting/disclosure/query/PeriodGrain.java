package org.safeguarding.portal.reporting.disclosure.query;

import java.util.Locale;

/**
 * The periods tables are published for. Only calendar periods: a week, a day or a free date range would let two
 * overlapping answers be subtracted to reveal the days between them, and would be finer than any export may be.
 */
public enum PeriodGrain {
    MONTH,
    QUARTER,
    YEAR;

    /**
     * The grain a request names.
     *
     * @throws RefusedRequestException for a week, a day, or anything else
     */
    public static PeriodGrain parse(String name) {
        String normalised = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (normalised) {
            case "month" -> MONTH;
            case "quarter" -> QUARTER;
            case "year" -> YEAR;
            default -> throw new RefusedRequestException("refused_grain");
        };
    }
}
