package org.safeguarding.portal.reporting.disclosure;

/**
 * The numbers of the disclosure-control rules (design/disclosure-control.md), in one place so the code and its tests
 * cannot drift apart.
 *
 * @param threshold         K: a count from 1 to K-1 is never published; a mean or median needs at least K survivors
 * @param roundingBase      every published count is rounded to the nearest multiple of this
 * @param minimumRangeWidth how wide the interval an intruder can narrow a primary-suppressed cell to must stay
 */
public record DisclosurePolicy(int threshold, int roundingBase, int minimumRangeWidth) {

    /** K = 10, base 5, range at least 5 wide: the strict end of UK official-statistics practice. */
    public static final DisclosurePolicy STANDARD = new DisclosurePolicy(10, 5, 5);

    public DisclosurePolicy {
        if (threshold < 1 || roundingBase < 1 || minimumRangeWidth < 1) {
            throw new IllegalArgumentException("threshold, rounding base and range width must be positive");
        }
    }

    /** A count that may not be published as it is: 1 to K-1. A true zero is not small, it is published as 0. */
    public boolean isSmall(long count) {
        return count >= 1 && count < threshold;
    }

    /**
     * The count rounded to the nearest multiple of the base. Counts are whole numbers and the base is odd in practice,
     * so there is no tie; for an even base a tie rounds up.
     */
    public long round(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        long remainder = count % roundingBase;
        return remainder * 2 < roundingBase ? count - remainder : count - remainder + roundingBase;
    }
}
