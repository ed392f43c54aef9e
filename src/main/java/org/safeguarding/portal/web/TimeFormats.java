package org.safeguarding.portal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import org.safeguarding.portal.core.WordFiles;

/**
 * Times are stored in UTC and shown as people in England and Wales read them, in the page's language (the
 * template's {@code locale} attribute, web/language/PagesFollowTheLanguage): GOV.UK style in English ("22 November
 * 2026 at 6:42pm"), each other language's patterns from its {@code messages/language_<code>.properties}, with its
 * month and day names from the JDK's CLDR data. Digits stay Western (0-9) in every language, as the formatter's
 * default decimal style keeps them.
 */
@TemplateExtension
public final class TimeFormats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<Locale, Formats> FORMATS = new ConcurrentHashMap<>();

    private TimeFormats() {
    }

    /** {@code {case.openedAt.london}} → "22 November 2026 at 6:42pm", "22 Tachwedd 2026 am 18:42". */
    static String london(Instant at, @TemplateAttribute("locale") Object locale) {
        Formats formats = formats(locale);
        var local = at.atZone(LONDON);
        return formats.dateTime.replace("{date}", formats.date.format(local))
                .replace("{time}", formats.time(local));
    }

    /** "6:42pm" ("18:42"), in London. */
    public static String clockTime(Instant at, @TemplateAttribute("locale") Object locale) {
        return formats(locale).time(at.atZone(LONDON));
    }

    /**
     * {@code {promise.dueAt.dueDay}} → "Tuesday 24 November 2026": the last day a deadline allows. A deadline is
     * stored as the moment it runs out (the London midnight after its last day), which read as a time would say the
     * next day; one due at an event shows that event's day.
     */
    static String dueDay(Instant due, @TemplateAttribute("locale") Object locale) {
        return formats(locale).dueDay.format(due.minusNanos(1).atZone(LONDON));
    }

    /**
     * {@code {case.openedAt.shortDay}} → "22 Nov 2026", and a deadline's last day as {@link #dueDay} reads it: the
     * queue's columns, which must fit one line each on a desktop screen.
     */
    static String shortDay(Instant at, @TemplateAttribute("locale") Object locale) {
        return formats(locale).shortDay.format(at.atZone(LONDON));
    }

    /** {@code {promise.dueAt.shortDueDay}} → "24 Nov 2026": {@link #dueDay}, short. */
    static String shortDueDay(Instant due, @TemplateAttribute("locale") Object locale) {
        return formats(locale).shortDay.format(due.minusNanos(1).atZone(LONDON));
    }

    /** Whole days from one instant to a later one (the caller's clock decides "now"). */
    static long daysBetween(Instant at, Instant now) {
        return Duration.between(at, now).toDays();
    }

    /** A template rendered outside a request has no locale: English, as written in the UK. */
    private static Formats formats(Object locale) {
        Locale wanted = locale instanceof Locale l ? l : Locale.UK;
        return FORMATS.computeIfAbsent(wanted, Formats::of);
    }

    /** One language's patterns. */
    private static final class Formats {
        final DateTimeFormatter date;
        final DateTimeFormatter time;
        final DateTimeFormatter dueDay;
        final DateTimeFormatter shortDay;
        final String dateTime;
        /** English writes "6:42pm": the JDK's "PM" in lower case, as GOV.UK style has it. */
        final boolean lowerCaseTime;

        private Formats(Properties words, Locale locale) {
            this.date = DateTimeFormatter.ofPattern(required(words, "format_date"), locale);
            this.time = DateTimeFormatter.ofPattern(required(words, "format_time"), locale);
            this.dueDay = DateTimeFormatter.ofPattern(required(words, "format_due_day"), locale);
            this.shortDay = DateTimeFormatter.ofPattern(required(words, "format_short_day"), locale);
            this.dateTime = required(words, "format_date_time");
            this.lowerCaseTime = locale.getLanguage().equals("en");
        }

        String time(java.time.ZonedDateTime at) {
            String text = time.format(at);
            return lowerCaseTime ? text.toLowerCase(Locale.UK) : text;
        }

        /**
         * The language's own patterns, or English's where the language has no file at all (never key by key: a file
         * without a pattern is refused, and LanguageCompletenessTest keeps the shipped ones whole).
         */
        static Formats of(Locale locale) {
            Properties words = load("messages/language_" + locale.getLanguage() + ".properties");
            if (words == null || locale.getLanguage().equals("en")) {
                return new Formats(load("messages/language.properties"), Locale.UK);
            }
            return new Formats(words, locale);
        }

        private static String required(Properties words, String key) {
            String pattern = words.getProperty(key);
            if (pattern == null || pattern.isBlank()) {
                throw new IllegalStateException("the language bundle has no " + key);
            }
            return pattern;
        }

        private static Properties load(String file) {
            return WordFiles.read(file).orElse(null);
        }
    }
}
