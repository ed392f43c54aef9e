package org.safeguarding.portal.reporting.disclosure;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.safeguarding.portal.reporting.disclosure.Verification.Finding;

/**
 * Chooses which cells to hide: every count from 1 to K-1 (primary), then enough others (secondary) that no hidden cell
 * can be worked out from the published ones. design/disclosure-control.md asks for a greedy pass, an independent
 * check, and "if the check fails, suppress more and check again"; that is this loop:
 *
 * <ol>
 * <li><b>Greedy pass.</b> A relation with exactly one hidden cell gives it away (total minus the rest), so while any
 * relation has exactly one, hide one more of its cells.</li>
 * <li><b>Check</b> with {@link DisclosureVerifier}. If a hidden cell can still be derived, pinned, or (for a primary)
 * narrowed below the policy's range, hide one more cell of a relation it is in, and go back to 1.</li>
 * </ol>
 *
 * <p>The choice rule, when a relation needs one more hidden cell, prefers in order: a cell that also closes another
 * relation that has exactly one hidden cell (the corners of a rectangle, so fewer cells are lost); a category over a
 * total (totals are what readers look at first); the smallest count (least information lost); the table's own
 * order (so the same table always gets the same pattern, and re-protecting it reveals nothing new).
 *
 * <p>A true zero is never hidden: the rules publish it as 0, and hiding a cell known to be 0 protects nothing. The
 * loop always ends: each round hides a new non-zero cell, and once every non-zero cell in the relations around the
 * hidden ones is hidden, those relations read "hidden cells sum to 0 or to each other", which no true positive count
 * satisfies uniquely, and scaling the true counts up shows no cell is bounded above.
 */
final class SecondarySuppression {

    private final DisclosurePolicy policy;

    SecondarySuppression(DisclosurePolicy policy) {
        this.policy = policy;
    }

    /** The cells to hide, primaries first. */
    Set<String> choose(Table table) {
        return choose(table, Set.of(), Set.of());
    }

    /**
     * The cells to hide when some were published before and cannot change: {@code alreadyHidden} stay hidden and
     * {@code alreadyShown} stay shown (a month released last month, when its quarter is protected now), so only the
     * other cells are chosen from.
     */
    Set<String> choose(Table table, Set<String> alreadyHidden, Set<String> alreadyShown) {
        Set<String> hidden = new LinkedHashSet<>(alreadyHidden);
        for (String cell : table.cells()) {
            if (policy.isSmall(table.count(cell)) && !alreadyShown.contains(cell)) {
                hidden.add(cell);
            }
        }
        // One verifier per choice: it remembers the groups it solved while cells are hidden one at a time.
        DisclosureVerifier verifier = new DisclosureVerifier(policy, true);
        Set<String> fixed = new java.util.HashSet<>(alreadyHidden);
        fixed.addAll(alreadyShown);
        if (!alreadyShown.isEmpty()) {
            // Cells the released ones already give (a quarter whose three months were all shown): hiding them protects
            // nothing and hiding more around them cannot help, so they are shown and never chosen.
            Set<String> unknownToIntruder = new LinkedHashSet<>(table.cells());
            unknownToIntruder.removeAll(alreadyShown);
            for (String known : verifier.derivableCells(table, unknownToIntruder)) {
                if (!alreadyHidden.contains(known) && !policy.isSmall(table.count(known))) {
                    hidden.remove(known);
                    fixed.add(known);
                }
            }
        }
        return chooseAround(table, hidden, fixed, verifier);
    }

    private Set<String> chooseAround(Table table, Set<String> hidden, Set<String> fixed,
            DisclosureVerifier verifier) {
        while (true) {
            closeRelationsWithOneHiddenCell(table, hidden, fixed);
            Optional<Finding> problem = verifier.firstProblem(table, hidden);
            if (problem.isEmpty()) {
                return hidden;
            }
            Optional<String> next = cheapest(table, hidden, fixed,
                    candidatesAround(table, hidden, problem.get().cell()));
            if (next.isEmpty()) {
                next = cheapest(table, hidden, fixed, table.additivities().stream()
                        .filter(r -> r.cells().stream().anyMatch(hidden::contains))
                        .flatMap(r -> r.cells().stream()));
            }
            if (next.isEmpty()) {
                // Nothing left to hide; the caller's own verification will refuse the table.
                return hidden;
            }
            hidden.add(next.get());
        }
    }

    private void closeRelationsWithOneHiddenCell(Table table, Set<String> hidden, Set<String> fixed) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Additivity relation : table.additivities()) {
                if (hiddenIn(relation, hidden) == 1) {
                    Optional<String> next = cheapest(table, hidden, fixed, relation.cells().stream());
                    if (next.isPresent()) {
                        hidden.add(next.get());
                        changed = true;
                    }
                }
            }
        }
    }

    private static Stream<String> candidatesAround(Table table, Set<String> hidden, String cell) {
        return table.additivities().stream().filter(r -> r.cells().contains(cell)).flatMap(r -> r.cells().stream());
    }

    private Optional<String> cheapest(Table table, Set<String> hidden, Set<String> fixed,
            Stream<String> candidates) {
        List<String> cellOrder = List.copyOf(table.cells());
        Comparator<String> rule = Comparator
                .comparingLong((String c) -> -relationsClosedBy(table, hidden, c))
                .thenComparing(c -> table.isTotal(c))
                .thenComparingLong(table::count)
                .thenComparingInt(cellOrder::indexOf);
        return candidates.distinct()
                .filter(c -> !hidden.contains(c) && !fixed.contains(c) && table.count(c) > 0)
                .min(rule);
    }

    /** How many relations with exactly one hidden cell would be closed by hiding this one too. */
    private static long relationsClosedBy(Table table, Set<String> hidden, String cell) {
        return table.additivities().stream()
                .filter(r -> r.cells().contains(cell) && hiddenIn(r, hidden) == 1)
                .count();
    }

    private static long hiddenIn(Additivity relation, Set<String> hidden) {
        return relation.cells().stream().filter(hidden::contains).count();
    }
}
