package org.safeguarding.portal.retention;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.safeguarding.portal.retention.RecordKind.Disposal;
import org.safeguarding.portal.retention.RecordKind.Event;

/**
 * One version of the council's retention schedule as published (resources/records/retention-schedule-v&lt;n&gt;.json,
 * or the file {@code portal.retention.schedule-file} names): for each kind of record, how long it is kept, from which
 * event, and how it goes once due. Data, never code; checked in full before the service starts.
 */
public record RetentionSchedule(int version, LocalDate effectiveFrom, String title, List<Rule> rules) {

    /** The words "keep" takes for a record that is never disposed of. */
    public static final String FOREVER = "FOREVER";

    /** Strict about names: a misspelt field must not silently drop a rule. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * A rule: {@code keep} is an ISO-8601 period ({@code P75Y}, {@code P30D}) or duration ({@code PT24H}), or
     * {@code FOREVER}; {@code what} and {@code why} are for the records officer reading the file.
     */
    public record Rule(RecordKind kind, String what, String keep, Event from, Disposal disposal, String why) {

        /** The latest time the event may have happened for a record to be due now. */
        public Instant cutoff(Instant now) {
            Object period = periodOf(keep);
            if (period instanceof Duration duration) {
                return now.minus(duration);
            }
            return now.atOffset(ZoneOffset.UTC).minus((Period) period).toInstant();
        }

        /** When a record whose event happened at {@code event} falls due. */
        public Instant dueAt(Instant event) {
            Object period = periodOf(keep);
            if (period instanceof Duration duration) {
                return event.plus(duration);
            }
            return event.atOffset(ZoneOffset.UTC).plus((Period) period).toInstant();
        }

        public boolean forever() {
            return FOREVER.equals(keep);
        }
    }

    /** Parses and checks a schedule file; the message says what is wrong, never quietly dropping a rule. */
    public static RetentionSchedule parse(byte[] file, String source) {
        try {
            return JSON.readValue(file, RetentionSchedule.class).validated(source);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(source + " is not a valid retention schedule: " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new IllegalStateException(source + " is unreadable", e);
        }
    }

    public Rule ruleFor(RecordKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no rule for " + kind));
    }

    /** Checks what JSON cannot: every kind has exactly one rule, with its own event, a period and an allowed disposal. */
    RetentionSchedule validated(String source) {
        String in = source + " (retention schedule version " + version + "): ";
        if (version < 1 || effectiveFrom == null || title == null || title.isBlank() || rules == null) {
            throw new IllegalStateException(in + "version, effectiveFrom, title and rules are required");
        }
        Map<RecordKind, Rule> byKind = new EnumMap<>(RecordKind.class);
        for (Rule rule : rules) {
            if (rule == null || rule.kind() == null || rule.keep() == null || rule.from() == null
                    || rule.disposal() == null || rule.what() == null || rule.what().isBlank()) {
                throw new IllegalStateException(in + "a rule lacks its kind, what, keep, from or disposal");
            }
            if (byKind.put(rule.kind(), rule) != null) {
                throw new IllegalStateException(in + rule.kind() + " has two rules");
            }
            if (rule.from() != rule.kind().event()) {
                throw new IllegalStateException(in + rule.kind() + " runs from " + rule.kind().event() + ", not "
                        + rule.from());
            }
            if (!rule.kind().disposals().contains(rule.disposal())) {
                throw new IllegalStateException(in + rule.kind() + " may be disposed of by " + rule.kind().disposals()
                        + " only, not " + rule.disposal());
            }
            if (rule.forever() != (rule.disposal() == Disposal.NEVER)) {
                throw new IllegalStateException(in + rule.kind() + ": keep FOREVER exactly when disposal is NEVER");
            }
            if (!rule.forever()) {
                periodOf(rule.keep(), in + rule.kind());
            }
        }
        Set<RecordKind> missing = EnumSet.allOf(RecordKind.class);
        missing.removeAll(byKind.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(in + "no rule for " + missing);
        }
        return this;
    }

    private static Object periodOf(String keep) {
        return periodOf(keep, keep);
    }

    private static Object periodOf(String keep, String where) {
        try {
            if (keep.startsWith("PT")) {
                Duration duration = Duration.parse(keep);
                if (duration.isNegative()) {
                    throw new IllegalStateException(where + ": a negative period");
                }
                return duration;
            }
            Period period = Period.parse(keep);
            if (period.isNegative()) {
                throw new IllegalStateException(where + ": a negative period");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": keep is not a period (P75Y, P30D, PT24H) or FOREVER");
        }
    }
}
