package org.safeguarding.portal.contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.safeguarding.portal.core.WorkingCalendar;

/**
 * When it is safe to contact a survivor outside the portal, as times the hub can check (the plan's free-text safe
 * times add the detail a list cannot). None chosen means any time. Decided in London time. Stored by name.
 */
public enum SafeWindow {
    WEEKDAY_MORNINGS(false, LocalTime.of(8, 0), LocalTime.of(12, 0)),
    WEEKDAY_AFTERNOONS(false, LocalTime.of(12, 0), LocalTime.of(17, 0)),
    WEEKDAY_EVENINGS(false, LocalTime.of(17, 0), LocalTime.of(21, 0)),
    WEEKEND_DAYTIME(true, LocalTime.of(9, 0), LocalTime.of(18, 0));

    private final boolean weekend;
    private final LocalTime from;
    private final LocalTime until;

    SafeWindow(boolean weekend, LocalTime from, LocalTime until) {
        this.weekend = weekend;
        this.from = from;
        this.until = until;
    }

    /** Whether this moment, in London, falls in the window. */
    public boolean contains(Instant at) {
        ZonedDateTime london = at.atZone(WorkingCalendar.LONDON);
        DayOfWeek day = london.getDayOfWeek();
        boolean isWeekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        LocalTime time = london.toLocalTime();
        return isWeekend == weekend && !time.isBefore(from) && time.isBefore(until);
    }
}
