package org.safeguarding.portal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Times are stored in UTC and shown as people in England and Wales read them (GOV.UK style: 6:05pm). */
@TemplateExtension
public final class TimeFormats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter DUE_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private TimeFormats() {
    }

    /** {@code {case.openedAt.london}} → "22 November 2026 at 6:42pm". */
    static String london(Instant at) {
        var local = at.atZone(LONDON);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** "6:42pm", in London. */
    public static String clockTime(Instant at) {
        return TIME.format(at.atZone(LONDON)).toLowerCase(Locale.UK);
    }

    /**
     * {@code {promise.dueAt.dueDay}} → "Tuesday 24 November 2026": the last day a deadline allows. A deadline is
     * stored as the moment it runs out (the London midnight after its last day), which read as a time would say the
     * next day; one due at an event shows that event's day.
     */
    static String dueDay(Instant due) {
        return DUE_DAY.format(due.minusNanos(1).atZone(LONDON));
    }

    /**
     * {@code {case.openedAt.shortDay}} → "22 Nov 2026", and a deadline's last day as {@link #dueDay} reads it: the
     * queue's columns, which must fit one line each on a desktop screen.
     */
    static String shortDay(Instant at) {
        return SHORT_DAY.format(at.atZone(LONDON));
    }

    /** {@code {promise.dueAt.shortDueDay}} → "24 Nov 2026": {@link #dueDay}, short. */
    static String shortDueDay(Instant due) {
        return SHORT_DAY.format(due.minusNanos(1).atZone(LONDON));
    }

    /** Whole days from one instant to a later one (the caller's clock decides "now"). */
    static long daysBetween(Instant at, Instant now) {
        return Duration.between(at, now).toDays();
    }
}
