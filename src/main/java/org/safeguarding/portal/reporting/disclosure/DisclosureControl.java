package org.safeguarding.portal.reporting.disclosure;

import org.safeguarding.portal.reporting.disclosure.query.AreaLevel;

import org.safeguarding.portal.reporting.disclosure.query.Statistic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rules of design/disclosure-control.md as one stateless service: the only way a count, a rate or an average about
 * survivors becomes something the board can see. Counts are distinct survivors (the period-close aggregation counts
 * them; this class trusts it to), and survivors who withdrew consent are already left out.
 *
 * <p>{@link #protect} is the heart of it: primary suppression, secondary suppression, an independent verification,
 * then rounding. A table that fails verification is refused with {@link DisclosureCheckFailedException}, never
 * returned.
 */
@ApplicationScoped
public class DisclosureControl {

    /** How the cells to hide are chosen: the cells released before as hidden stay hidden, those shown stay shown. */
    @FunctionalInterface
    interface Suppression {
        Set<String> choose(Table table, Set<String> alreadyHidden, Set<String> alreadyShown);
    }

    private final DisclosurePolicy policy;
    private final Suppression suppression;

    public DisclosureControl() {
        this(DisclosurePolicy.STANDARD);
    }

    public DisclosureControl(DisclosurePolicy policy) {
        this(policy, new SecondarySuppression(policy)::choose);
    }

    /** With another way of choosing cells to hide: for tests that prove a bad choice is refused. */
    DisclosureControl(DisclosurePolicy policy, Suppression suppression) {
        this.policy = policy;
        this.suppression = suppression;
    }

    public DisclosurePolicy policy() {
        return policy;
    }

    /**
     * The table as it may be published: counts from 1 to K-1 and whatever else must go with them shown as
     * {@code [c]}, true zeros as 0, every other count (totals included) rounded to the base from its true value.
     *
     * @throws DisclosureCheckFailedException if the suppression pattern does not pass {@link DisclosureVerifier}
     */
    public ProtectedTable protect(Table table) {
        return protect(table, Map.of());
    }

    /**
     * Protects a table linked with cells released before, whose pattern is fixed: {@code released} maps each such
     * cell to whether it was shown as {@code [c]}. A quarter protected with its three months, or a year with its
     * quarters and months, is checked as one system of equations, so subtracting one release from another reveals
     * nothing; the released cells keep exactly the values they were published with.
     *
     * @throws DisclosureCheckFailedException if no pattern around the released cells passes verification
     */
    public ProtectedTable protect(Table table, Map<String, Boolean> released) {
        Set<String> alreadyHidden = new java.util.LinkedHashSet<>();
        Set<String> alreadyShown = new java.util.LinkedHashSet<>();
        released.forEach((cell, wasHidden) -> (wasHidden ? alreadyHidden : alreadyShown).add(cell));
        Set<String> hidden = suppression.choose(table, alreadyHidden, alreadyShown);
        if (!hidden.containsAll(alreadyHidden) || alreadyShown.stream().anyMatch(hidden::contains)) {
            throw new IllegalStateException("the suppression changed a cell released before");
        }
        return verifiedAndRounded(table, hidden);
    }

    private ProtectedTable verifiedAndRounded(Table table, Set<String> hidden) {
        // The verifier is built here, not taken from the suppression, so its verdict is its own.
        Verification verification = new DisclosureVerifier(policy).verify(table, hidden);
        if (!verification.passed()) {
            throw new DisclosureCheckFailedException(verification);
        }
        Map<String, PublishedValue> published = new LinkedHashMap<>();
        for (String cell : table.cells()) {
            published.put(cell, hidden.contains(cell) ? PublishedValue.suppressed() : publishedCount(table.count(cell)));
        }
        return new ProtectedTable(published);
    }

    /**
     * A single count with no relation to anything else published (a headline figure): {@code [c]} from 1 to K-1,
     * otherwise rounded. Anything that is part of a table must go through {@link #protect}.
     */
    public PublishedValue publishedCount(long count) {
        return policy.isSmall(count) ? PublishedValue.suppressed() : PublishedValue.of(policy.round(count));
    }

    /**
     * A percentage, as a whole number, of the rounded numerator over the rounded denominator. {@code [c]} when the
     * denominator is below K; when the numerator is from 1 to K-1 (it would be {@code [c]} itself, and the rate would
     * give it back); and, below borough level, when the shortfall (denominator − numerator) is from 1 to K-1, because
     * "11 of 12 on time" tells a ward that its one late survivor was late.
     */
    public PublishedValue percentage(long numerator, long denominator, AreaLevel level) {
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a numerator must be between 0 and the denominator");
        }
        if (denominator < policy.threshold() || policy.isSmall(numerator)
                || (level.isBelowBorough() && policy.isSmall(denominator - numerator))) {
            return PublishedValue.suppressed();
        }
        BigDecimal percent = BigDecimal.valueOf(policy.round(numerator)).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(policy.round(denominator)), 0, RoundingMode.HALF_UP);
        return PublishedValue.of(percent.longValueExact());
    }

    /**
     * The median or mean of one value per survivor, as a whole number (halves round up); {@code [c]} over fewer than
     * K survivors. There is no minimum or maximum: see {@link Statistic#parse}.
     */
    public PublishedValue summary(Statistic statistic, long... valuePerSurvivor) {
        if (valuePerSurvivor.length < policy.threshold()) {
            return PublishedValue.suppressed();
        }
        long[] sorted = valuePerSurvivor.clone();
        Arrays.sort(sorted);
        BigDecimal result = switch (statistic) {
            case MEDIAN -> {
                int n = sorted.length;
                BigDecimal middle = BigDecimal.valueOf(sorted[(n - 1) / 2]).add(BigDecimal.valueOf(sorted[n / 2]));
                yield middle.divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP);
            }
            case MEAN -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (long value : sorted) {
                    sum = sum.add(BigDecimal.valueOf(value));
                }
                yield sum.divide(BigDecimal.valueOf(sorted.length), 0, RoundingMode.HALF_UP);
            }
        };
        return PublishedValue.of(result.longValueExact());
    }

    /**
     * A drill-down from {@code parent} to {@code children} along a fixed hierarchy. {@code table} holds the parent,
     * its children and the relation between them, linked with whatever else is published about them. Served only if
     * every child is 0 or at least K and the whole table protects with parent and children all published; otherwise
     * "breakdown not available".
     */
    public Breakdown drillDown(Table table, String parent, List<String> children) {
        for (String child : children) {
            if (policy.isSmall(table.count(child))) {
                return Breakdown.notAvailable("a child count is from 1 to " + (policy.threshold() - 1));
            }
        }
        ProtectedTable protectedTable;
        try {
            protectedTable = protect(table);
        } catch (DisclosureCheckFailedException e) {
            return Breakdown.notAvailable("the breakdown does not pass verification");
        }
        if (protectedTable.cell(parent).isSuppressed()
                || children.stream().anyMatch(c -> protectedTable.cell(c).isSuppressed())) {
            return Breakdown.notAvailable("the breakdown needs suppression");
        }
        return Breakdown.available(protectedTable);
    }

    /**
     * How many survivors were left out because they withdrew consent to be counted, if the table may say so: only at
     * borough level, only when the number is 0 or at least K, and then rounded like any other count.
     */
    public Optional<PublishedValue> withdrawnConsentNote(AreaLevel level, long leftOut) {
        if (level.isBelowBorough() || policy.isSmall(leftOut)) {
            return Optional.empty();
        }
        return Optional.of(PublishedValue.of(policy.round(leftOut)));
    }
}
