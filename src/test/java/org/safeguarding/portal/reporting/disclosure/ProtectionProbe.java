package org.safeguarding.portal.reporting.disclosure;

import java.util.Map;
import java.util.Set;

/**
 * For the reporting benchmark: times the two halves of {@link DisclosureControl#protect} on one system of equations,
 * the suppression's choice (greedy pass plus its check-and-hide-more loop, which asks the verifier each round) and the
 * final independent verification, without changing either. Lives in this package because both are package-private.
 */
public final class ProtectionProbe {

    /** What one protection cost and what it produced. */
    public record Timing(double chooseSeconds, double verifySeconds, int cells, int relations, int primaries,
            int hidden, boolean passed) {
    }

    private ProtectionProbe() {
    }

    /** Protection of a table with no cells released before (a month, or the annual re-base's whole year). */
    public static Timing time(Table table) {
        return time(table, Map.of());
    }

    /** Protection of a table linked with cells released before ({@code released}: cell to whether it was hidden). */
    public static Timing time(Table table, Map<String, Boolean> released) {
        DisclosurePolicy policy = DisclosurePolicy.STANDARD;
        Set<String> alreadyHidden = new java.util.LinkedHashSet<>();
        Set<String> alreadyShown = new java.util.LinkedHashSet<>();
        released.forEach((cell, wasHidden) -> (wasHidden ? alreadyHidden : alreadyShown).add(cell));
        long start = System.nanoTime();
        Set<String> hidden = new SecondarySuppression(policy).choose(table, alreadyHidden, alreadyShown);
        long chosen = System.nanoTime();
        Verification verification = new DisclosureVerifier(policy).verify(table, hidden);
        long verified = System.nanoTime();
        int primaries = (int) table.cells().stream().filter(c -> policy.isSmall(table.count(c))).count();
        return new Timing((chosen - start) / 1e9, (verified - chosen) / 1e9, table.cells().size(),
                table.additivities().size(), primaries, hidden.size(), verification.passed());
    }
}
