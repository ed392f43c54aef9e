package org.safeguarding.portal.reporting.disclosure;

import java.math.BigInteger;
import java.util.Optional;

import org.safeguarding.portal.reporting.disclosure.exact.Fraction;

/**
 * The interval an intruder can narrow a suppressed cell to, from everything published and the fact that counts are
 * not negative: the minimum and maximum of a linear program. {@code max} is empty when nothing published bounds the
 * cell from above.
 *
 * <p>The whole-number ends ({@link #lowest}, {@link #highest}) are what the rules are checked on: a count is a whole
 * number, so an intruder who knows it lies in [3.2, 8.9] knows it lies in [4, 8].
 */
public record FeasibleRange(Fraction min, Optional<Fraction> max) {

    /** The smallest whole number in the range. */
    public BigInteger lowest() {
        return min.ceiling();
    }

    /** The largest whole number in the range, or empty if unbounded. */
    public Optional<BigInteger> highest() {
        return max.map(Fraction::floor);
    }

    public boolean isUnbounded() {
        return max.isEmpty();
    }

    /** Whether the range holds at least {@code width} + 1 whole numbers, i.e. highest − lowest ≥ width. */
    public boolean isAtLeast(long width) {
        return highest().map(h -> h.subtract(lowest()).compareTo(BigInteger.valueOf(width)) >= 0).orElse(true);
    }

    /** Whether the range allows at least this value. */
    public boolean reaches(long value) {
        return highest().map(h -> h.compareTo(BigInteger.valueOf(value)) >= 0).orElse(true);
    }

    /** Whether the range holds exactly one whole number: the intruder knows the count. */
    public boolean isSingleValue() {
        return highest().map(h -> h.equals(lowest())).orElse(false);
    }

    @Override
    public String toString() {
        return "[" + min + ", " + max.map(Fraction::toString).orElse("∞") + "]";
    }
}
