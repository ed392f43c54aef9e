package org.safeguarding.portal.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguarding.portal.reporting.disclosure.Verification.Problem;

/** The verifier must be able to fail: hand-made patterns an intruder can break, and ones they cannot. */
class DisclosureVerifierTest {

    private final DisclosureVerifier verifier = new DisclosureVerifier(DisclosurePolicy.STANDARD);

    private static Table statusByWard() {
        return Table.crossTab("t", Dimension.flat("all", "open", "closed"), Dimension.flat("wards", "A", "B", "C"),
                new long[][] {{12, 4, 20}, {15, 18, 9}});
    }

    private static String cell(String row, String column) {
        return Table.cellId("t", row, column);
    }

    @Test
    void aSmallCountLeftPublishedIsReported() {
        Verification verification = verifier.verify(statusByWard(), Set.of());

        assertFalse(verification.passed());
        assertEquals(Set.of(cell("open", "B"), cell("closed", "C")), verification.findings().stream()
                .filter(f -> f.problem() == Problem.SMALL_COUNT_PUBLISHED).map(Verification.Finding::cell)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void primariesAloneAreDerivableFromTheirRowTotals() {
        Set<String> hidden = Set.of(cell("open", "B"), cell("closed", "C"));

        assertEquals(hidden, verifier.derivableCells(statusByWard(), hidden));
        assertTrue(verifier.verify(statusByWard(), hidden).findings().stream()
                .anyMatch(f -> f.problem() == Problem.DERIVABLE));
    }

    @Test
    void threeCornersOfARectangleLeaveTheColumnWithOneHiddenCellDerivable() {
        Set<String> hidden = Set.of(cell("open", "B"), cell("open", "C"), cell("closed", "C"));

        assertEquals(hidden, verifier.derivableCells(statusByWard(), hidden),
                "B's column gives 4, then the open row gives 20, then C's column gives 9");
    }

    @Test
    void theFourCornersOfARectangleAreNotDerivable() {
        Set<String> hidden = Set.of(cell("open", "B"), cell("open", "C"), cell("closed", "B"), cell("closed", "C"));

        Verification verification = verifier.verify(statusByWard(), hidden);

        assertTrue(verification.passed(), verification.toString());
        assertEquals("[0, 22]", verification.primaryRanges().get(cell("open", "B")).toString());
        assertEquals("[5, 27]", verification.primaryRanges().get(cell("closed", "C")).toString(),
                "closed C = 27 - closed B = 5 + open B");
    }

    @Test
    void aCellFixedOnlyByCombiningSeveralRelationsIsFoundByElimination() {
        // Every relation holds two hidden cells, so a "one hidden cell per relation" test is fooled; the three
        // equations x+y=P, x+z=Q, y+z=R still have one solution.
        Table table = Table.builder().cell("x", 3).cell("y", 12).cell("z", 20)
                .total("P", "x", "y").total("Q", "x", "z").total("R", "y", "z").build();
        Set<String> hidden = Set.of("x", "y", "z");

        assertEquals(hidden, verifier.derivableCells(table, hidden));
        assertFalse(verifier.verify(table, hidden).passed());
        assertTrue(verifier.derivableCells(table, Set.of("x", "y", "z", "P")).isEmpty(),
                "hiding one total leaves a degree of freedom");
    }

    @Test
    void aCellPublishedInALinkedTableGivesAwayTheSameCellHiddenInAnother() {
        Table wards = Table.oneWay("wards", Dimension.flat("locality L", "w1", "w2", "w3"), 4, 11, 30);
        Table sameSurvivorsByMonth = Table.oneWay("months", Dimension.flat("Q1", "Jan", "Feb", "Mar"), 15, 12, 18);
        Table linked = wards.linkedWith(sameSurvivorsByMonth,
                List.of(Additivity.same(Table.cellId("wards", "locality L"), Table.cellId("months", "Q1"))));
        Set<String> hidden = Set.of(Table.cellId("wards", "w1"), Table.cellId("wards", "locality L"));

        assertEquals(hidden, verifier.derivableCells(linked, hidden),
                "Q1 is published in the month table, so the locality total is known, and then w1 is");
        assertTrue(verifier.derivableCells(wards, hidden).isEmpty(), "the ward table alone would be safe");
    }

    @Test
    void aHierarchyLevelAboveReopensACellHiddenOnlyBelow() {
        // Ward 6 = 3 and ward 5 = 10 hidden in locality L; the borough total and locality M re-open L.
        Table.Builder builder = Table.builder();
        long[] wardsOfL = {15, 12, 10, 11, 10, 3};
        for (int i = 0; i < wardsOfL.length; i++) {
            builder.cell("w" + (i + 1), wardsOfL[i]);
        }
        builder.total("L", "w1", "w2", "w3", "w4", "w5", "w6");
        builder.cell("m1", 20).cell("m2", 25).total("M", "m1", "m2");
        builder.total("borough", "L", "M");
        Table table = builder.build();

        assertEquals(61, table.count("L"));
        assertTrue(verifier.verify(table, Set.of("w5", "w6")).passed());
        assertEquals(Set.of("L"), verifier.derivableCells(table, Set.of("w5", "w6", "L")),
                "hiding L alone is undone by borough − M");
    }

    @Test
    void aPrimaryWhoseRangeEndsBelowKIsReported() {
        Table table = Table.oneWay("s", Dimension.flat("all", "a", "b", "c"), 3, 5, 40);
        Set<String> hidden = Set.of(Table.cellId("s", "a"), Table.cellId("s", "b"));

        Verification verification = verifier.verify(table, hidden);

        assertEquals(Set.of(), verifier.derivableCells(table, hidden));
        assertEquals("[0, 8]", verification.primaryRanges().get(Table.cellId("s", "a")).toString());
        assertTrue(verification.findings().stream().anyMatch(f -> f.cell().equals(Table.cellId("s", "a"))
                && f.problem() == Problem.UPPER_END_BELOW_THRESHOLD), verification.toString());
    }

    @Test
    void aPrimaryWhoseRangeIsNarrowerThanThePolicyIsReported() {
        DisclosureVerifier strict = new DisclosureVerifier(new DisclosurePolicy(10, 5, 15));
        Table table = Table.oneWay("s", Dimension.flat("all", "health", "other", "police"), 3, 11, 23);
        Set<String> hidden = Set.of(Table.cellId("s", "health"), Table.cellId("s", "other"));

        Verification verification = strict.verify(table, hidden);

        assertEquals(List.of(Problem.RANGE_TOO_NARROW),
                verification.findings().stream().map(Verification.Finding::problem).toList());
        assertTrue(verifier.verify(table, hidden).passed(), "[0, 14] is wide enough for the standard policy");
    }

    @Test
    void aCellThatNonNegativityPinsIsReportedEvenThoughEliminationLeavesItFree() {
        // a = c + 12 and T = a + b = 12: a is 12 because neither b nor c can be negative.
        Table table = Table.builder().cell("c", 0).cell("k", 12).total("a", "c", "k").cell("b", 0)
                .total("T", "a", "b").build();
        Set<String> hidden = Set.of("a", "b", "c");

        assertTrue(verifier.derivableCells(table, hidden).isEmpty());
        Verification verification = verifier.verify(table, hidden);
        assertTrue(verification.findings().stream().anyMatch(f -> f.cell().equals("a")
                && f.problem() == Problem.PINNED), verification.toString());
        assertEquals("[12, 12]", verifier.feasibleRange(table, hidden, "a").toString());
    }

    @Test
    void aHiddenCellInNoRelationIsUnboundedAbove() {
        Table table = Table.builder().cell("lonely", 4).build();

        FeasibleRange range = verifier.feasibleRange(table, Set.of("lonely"), "lonely");

        assertTrue(range.isUnbounded());
        assertTrue(verifier.verify(table, Set.of("lonely")).passed());
    }

    @Test
    void firstProblemStopsAtTheFirstFinding() {
        assertTrue(verifier.firstProblem(statusByWard(), Set.of()).isPresent());
        assertTrue(verifier.firstProblem(statusByWard(), Set.of(cell("open", "B"), cell("open", "C"),
                cell("closed", "B"), cell("closed", "C"))).isEmpty());
    }
}
