package org.safeguarding.portal.charter;

/** How a commitment's due moment follows from the event that starts it (decided in London time). */
public enum DueRule {
    /** N working days: England and Wales bank holidays and weekends do not count ({@link WorkingCalendar}). */
    WORKING_DAYS,
    CALENDAR_DAYS,
    CALENDAR_MONTHS,
    /** Due at the event itself: met only if the meeting event happens with it. */
    AT_EVENT
}
