package org.safeguarding.portal.reporting.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table that passed verification and may be published: each cell either rounded to the base or {@code [c]}. It
 * holds no true count, so storing or serialising it cannot leak one. Only {@link DisclosureControl#protect} makes
 * one.
 */
public final class ProtectedTable {

    private final Map<String, PublishedValue> cells;

    ProtectedTable(Map<String, PublishedValue> cells) {
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** Every cell as published, in the table's order. */
    public Map<String, PublishedValue> cells() {
        return cells;
    }

    public PublishedValue cell(String cell) {
        PublishedValue value = cells.get(cell);
        if (value == null) {
            throw new IllegalArgumentException("no such cell: " + cell);
        }
        return value;
    }

    /** The cell as shown: a number or {@code [c]}. */
    public String render(String cell) {
        return cell(cell).render();
    }

    /** The cells shown as {@code [c]}, primary and secondary alike. */
    public Set<String> suppressedCells() {
        return cells.entrySet().stream().filter(e -> e.getValue().isSuppressed()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Override
    public String toString() {
        return cells.toString();
    }
}
