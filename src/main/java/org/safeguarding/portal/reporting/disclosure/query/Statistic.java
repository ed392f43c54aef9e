package org.safeguarding.portal.reporting.disclosure.query;

import java.util.Locale;

/**
 * The summaries of a distribution the board may ask for. Minimum and maximum are not here on purpose: each is one
 * person's value (the longest wait is one survivor's story), so they are refused by name rather than missing by
 * accident.
 */
public enum Statistic {
    MEDIAN,
    MEAN;

    /**
     * The statistic a request names.
     *
     * @throws RefusedRequestException for a minimum or maximum, or a name that is not offered
     */
    public static Statistic parse(String name) {
        String normalised = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (normalised) {
            case "median":
                return MEDIAN;
            case "mean":
            case "average":
                return MEAN;
            case "min":
            case "minimum":
            case "max":
            case "maximum":
            case "range":
                throw new RefusedRequestException("refused_minimum_maximum");
            default:
                throw new RefusedRequestException("refused_other_statistic");
        }
    }
}
