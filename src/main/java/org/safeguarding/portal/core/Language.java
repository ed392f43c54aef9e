package org.safeguarding.portal.core;

import java.util.Locale;

/**
 * One language the portal can speak, as {@code messages/languages.properties} records it: its code (the suffix of its
 * bundle files), its own name (what the language link shows), its direction, and how far its translation can be
 * relied on.
 */
public record Language(String code, String name, boolean rightToLeft, Status status, String draftedBy,
        String draftedOn, String reviewedBy, String reviewedOn) {

    /** How far the words can be relied on: safeguarding words need a qualified translator's review. */
    public enum Status {
        /** The original the others are translated from (English). */
        SOURCE,
        /** Translated, not yet reviewed: pages say so in their footer. */
        DRAFTED,
        /** Checked by a qualified translator. */
        REVIEWED
    }

    public static final String ENGLISH = "en";

    /** The locale pages are rendered in: English as written in the UK, the others by language alone. */
    public Locale locale() {
        return ENGLISH.equals(code) ? Locale.UK : Locale.forLanguageTag(code);
    }

    /** The value of {@code <html lang>}. */
    public String tag() {
        return locale().toLanguageTag();
    }

    /** The value of {@code <html dir>}. */
    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean isDrafted() {
        return status == Status.DRAFTED;
    }

    public boolean isEnglish() {
        return ENGLISH.equals(code);
    }
}
