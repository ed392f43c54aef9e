package org.safeguarding.portal.reporting.disclosure;

import java.util.OptionalLong;

/**
 * A number as the board sees it: a whole number, or {@code [c]} (the GSS symbol for "confidential"). Whether a
 * {@code [c]} is a primary or a secondary suppression is deliberately not recorded here: the two must look the same.
 */
public record PublishedValue(OptionalLong value) {

    /** The symbol shown instead of a number that may not be published. */
    public static final String CONFIDENTIAL = "[c]";

    private static final PublishedValue SUPPRESSED = new PublishedValue(OptionalLong.empty());

    public static PublishedValue suppressed() {
        return SUPPRESSED;
    }

    public static PublishedValue of(long value) {
        return new PublishedValue(OptionalLong.of(value));
    }

    public boolean isSuppressed() {
        return value.isEmpty();
    }

    /** What a page, an export or the API shows: the number, or {@code [c]}. */
    public String render() {
        return value.isPresent() ? Long.toString(value.getAsLong()) : CONFIDENTIAL;
    }

    @Override
    public String toString() {
        return render();
    }
}
