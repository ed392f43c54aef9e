package org.safeguarding.portal.reporting.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * A published linear relation: the count of {@code total} equals the sum of the counts of {@code parts}. Row and
 * column totals, a locality over its wards, a quarter over its months, and "this cell is the same survivors as that
 * cell in another table" (one part) are all of this form, and each is an equation an intruder can solve.
 */
public record Additivity(String total, List<String> parts) {

    public Additivity {
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(total + ": a total needs at least one part");
        }
        if (parts.contains(total) || parts.stream().distinct().count() != parts.size()) {
            throw new IllegalArgumentException(total + ": a total cannot repeat a part or contain itself");
        }
    }

    /** Two cells that count the same survivors, e.g. one quantity published in two linked tables. */
    public static Additivity same(String cell, String sameCellElsewhere) {
        return new Additivity(cell, List.of(sameCellElsewhere));
    }

    /** Every cell the relation mentions, the total first. */
    public List<String> cells() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(total), parts.stream()).toList();
    }
}
