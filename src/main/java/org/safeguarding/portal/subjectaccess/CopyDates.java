package org.safeguarding.portal.subjectaccess;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the copy and in what the survivor is told, in Europe/London as every page shows them. */
final class CopyDates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CopyDates() {
    }

    static String london(Instant at) {
        return at == null ? "" : DAY_AND_TIME.format(at.atZone(LONDON));
    }

    static String day(Instant at) {
        return DAY.format(at.atZone(LONDON));
    }
}
