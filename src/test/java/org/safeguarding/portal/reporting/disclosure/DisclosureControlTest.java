package org.safeguarding.portal.reporting.disclosure;

import org.safeguarding.portal.reporting.disclosure.query.AreaLevel;

import org.safeguarding.portal.reporting.disclosure.query.Statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The facade's rules beyond the worked examples: refusal of unsafe patterns, hierarchies, linked tables, rates. */
class DisclosureControlTest {

    private final DisclosureControl control = new DisclosureControl();
    private final DisclosureVerifier verifier = new DisclosureVerifier(DisclosurePolicy.STANDARD);

    @Test
    void aPatternThatFailsVerificationIsNeverReturnedAsPublishable() {
        DisclosureControl primariesOnly = new DisclosureControl(DisclosurePolicy.STANDARD,
                (table, alreadyHidden, alreadyShown) -> table.cells().stream().filter(c -> DisclosurePolicy.STANDARD.isSmall(table.count(c)))
                        .collect(Collectors.toSet()));
        Table table = Table.oneWay("s", Dimension.flat("all", "police", "health"), 23, 3);

        DisclosureCheckFailedException refused = assertThrows(DisclosureCheckFailedException.class,
                () -> primariesOnly.protect(table));

        assertEquals(Table.cellId("s", "health"), refused.verification().findings().get(0).cell());
        assertFalse(refused.getMessage().contains("3"), "the message names cells, not counts: " + refused.getMessage());
    }

    @Test
    void aPatternThatLeavesASmallCountPublishedIsRefused() {
        DisclosureControl hidesNothing = new DisclosureControl(DisclosurePolicy.STANDARD,
                (table, alreadyHidden, alreadyShown) -> Set.of());

        assertThrows(DisclosureCheckFailedException.class, () -> hidesNothing.protect(
                Table.oneWay("s", Dimension.flat("all", "a", "b"), 23, 3)));
    }

    @Test
    void wardSixOfLocalityLIsHiddenWithASecondWardAndTheBoroughTotalDoesNotReopenIt() {
        // Research brief, test 4: locality L = wards 1..6 = 61; wards 15, 12, 10, 11, 10 and 3.
        Dimension area = Dimension.of("borough",
                Dimension.flat("L", "w1", "w2", "w3", "w4", "w5", "w6"),
                Dimension.flat("M", "m1", "m2", "m3"));
        Table table = Table.oneWay("Q1", area, 15, 12, 10, 11, 10, 3, 20, 14, 31);

        ProtectedTable published = control.protect(table);
        Set<String> hidden = published.suppressedCells();

        assertEquals(61, table.count(Table.cellId("Q1", "L")));
        assertTrue(hidden.contains(Table.cellId("Q1", "w6")));
        assertTrue(hidden.stream().filter(c -> c.matches("Q1\\[w[1-5]]")).count() >= 1, hidden.toString());
        assertEquals(Set.of(), verifier.derivableCells(table, hidden));
        assertTrue(verifier.feasibleRange(table, hidden, Table.cellId("Q1", "w6")).isAtLeast(5));
        assertEquals("60", published.render(Table.cellId("Q1", "L")));
        assertEquals("65", published.render(Table.cellId("Q1", "M")));
        assertEquals("125", published.render(Table.cellId("Q1", "borough")));
    }

    @Test
    void monthsAndTheirQuarterAreProtectedJointlySoJanuaryIsNotTheDifferenceOfTwoPublishedFigures() {
        // Research brief, test 6: Jan-Mar and Feb-Mar published would give Jan; only calendar periods are tables,
        // and month, quarter and year are one system.
        Dimension year = Dimension.of("2024", Dimension.flat("Q1", "Jan", "Feb", "Mar"),
                Dimension.flat("Q2", "Apr", "May", "Jun"));
        Table table = Table.oneWay("referrals", year, 4, 15, 21, 18, 12, 30);

        ProtectedTable published = control.protect(table);
        Set<String> hidden = published.suppressedCells();

        assertTrue(hidden.contains(Table.cellId("referrals", "Jan")));
        assertEquals(Set.of(), verifier.derivableCells(table, hidden));
        FeasibleRange january = verifier.feasibleRange(table, hidden, Table.cellId("referrals", "Jan"));
        assertTrue(january.isAtLeast(5) && january.reaches(10), january.toString());
    }

    @Test
    void aCellSharedByTwoLinkedTablesIsHiddenInBothOrNeither() {
        Table byWard = Table.crossTab("ward", Dimension.flat("all", "open", "closed"),
                Dimension.flat("wards", "A", "B"), new long[][] {{30, 25}, {3, 40}});
        Table bySource = Table.crossTab("source", Dimension.flat("all", "open", "closed"),
                Dimension.flat("sources", "police", "school"), new long[][] {{35, 20}, {24, 19}});
        // The same survivors: "closed, all wards" is "closed, all sources", and so on for every shared margin.
        Table linked = byWard.linkedWith(bySource, List.of(
                Additivity.same(Table.cellId("ward", "open", "wards"), Table.cellId("source", "open", "sources")),
                Additivity.same(Table.cellId("ward", "closed", "wards"), Table.cellId("source", "closed", "sources")),
                Additivity.same(Table.cellId("ward", "all", "wards"), Table.cellId("source", "all", "sources"))));

        ProtectedTable published = control.protect(linked);
        Set<String> hidden = published.suppressedCells();

        assertTrue(hidden.contains(Table.cellId("ward", "closed", "A")));
        assertEquals(Set.of(), verifier.derivableCells(linked, hidden));
        assertEquals(hidden.contains(Table.cellId("ward", "closed", "wards")),
                hidden.contains(Table.cellId("source", "closed", "sources")));
        WorkedExamplesTest.assertNoPublishedCountBelowThreshold(published);
    }

    @Test
    void cellsThatFoolAOneHiddenCellPerRelationRuleAreStillProtected() {
        Table table = Table.builder().cell("x", 3).cell("y", 12).cell("z", 20)
                .total("P", "x", "y").total("Q", "x", "z").total("R", "y", "z").build();

        Set<String> hidden = control.protect(table).suppressedCells();

        assertTrue(hidden.contains("x"));
        assertEquals(Set.of(), verifier.derivableCells(table, hidden));
        assertTrue(verifier.verify(table, hidden).passed());
    }

    @Test
    void aTrueZeroIsPublishedAsZeroAndNoOtherCountRoundsToZero() {
        Table table = Table.crossTab("t", Dimension.flat("all", "r1", "r2"), Dimension.flat("cols", "a", "b", "c"),
                new long[][] {{0, 12, 2}, {0, 33, 17}});

        ProtectedTable published = control.protect(table);

        for (String cell : table.cells()) {
            PublishedValue value = published.cell(cell);
            if (table.count(cell) == 0) {
                assertEquals("0", value.render(), cell);
            } else {
                assertFalse(value.value().isPresent() && value.value().getAsLong() == 0, cell);
            }
        }
    }

    @Test
    void everyPublishedCountIsRoundedToFiveFromItsTrueValue() {
        DisclosurePolicy policy = DisclosurePolicy.STANDARD;
        assertEquals(10, policy.round(10));
        assertEquals(10, policy.round(12));
        assertEquals(15, policy.round(13));
        assertEquals(15, policy.round(14));
        assertEquals(60, policy.round(58));
        assertEquals(0, policy.round(0));
        assertFalse(policy.isSmall(0));
        assertTrue(policy.isSmall(1) && policy.isSmall(9));
        assertFalse(policy.isSmall(10));
        assertEquals("[c]", control.publishedCount(9).render());
        assertEquals("10", control.publishedCount(10).render());
        assertEquals("0", control.publishedCount(0).render());
    }

    @Test
    void theSamePatternIsChosenEveryTimeForTheSameTable() {
        Table table = Table.crossTab("t", Dimension.flat("all", "r1", "r2", "r3"),
                Dimension.flat("cols", "a", "b", "c"), new long[][] {{5, 22, 31}, {14, 3, 40}, {18, 27, 8}});

        assertEquals(control.protect(table).cells(), control.protect(table).cells());
    }

    @Test
    void aBoroughRateWhoseShortfallIsSmallIsHiddenByRoundingNotSuppressed() {
        assertEquals("95", control.percentage(205, 213, AreaLevel.BOROUGH).render());
        assertEquals("[c]", control.percentage(205, 213, AreaLevel.WARD).render());
        assertEquals("[c]", control.percentage(11, 12, AreaLevel.LOCALITY).render());
        assertEquals("100", control.percentage(12, 12, AreaLevel.WARD).render(), "no shortfall is not small");
    }

    @Test
    void aRateWhoseNumeratorIsSmallIsSuppressedBecauseItWouldGiveTheNumeratorBack() {
        assertEquals("[c]", control.percentage(3, 50, AreaLevel.BOROUGH).render());
        assertEquals("0", control.percentage(0, 50, AreaLevel.WARD).render());
    }

    @Test
    void theMeanIsAWholeNumberOverTenOrMoreSurvivorsOnly() {
        assertEquals("[c]", control.summary(Statistic.MEAN, 1, 2, 3, 4, 5, 6, 7, 8, 9).render());
        assertEquals("6", control.summary(Statistic.MEAN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).render(), "5.5 rounds up");
        assertEquals("6", control.summary(Statistic.MEDIAN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).render(), "5.5 rounds up");
    }

    @Test
    void withdrawnConsentIsNotedOnlyAtBoroughLevelAndOnlyWhenZeroOrAtLeastK() {
        assertEquals(Optional.of("0"), control.withdrawnConsentNote(AreaLevel.BOROUGH, 0).map(PublishedValue::render));
        assertEquals(Optional.of("10"),
                control.withdrawnConsentNote(AreaLevel.BOROUGH, 12).map(PublishedValue::render));
        assertEquals(Optional.empty(), control.withdrawnConsentNote(AreaLevel.BOROUGH, 4));
        assertEquals(Optional.empty(), control.withdrawnConsentNote(AreaLevel.WARD, 0));
        assertEquals(Optional.empty(), control.withdrawnConsentNote(AreaLevel.LOCALITY, 30));
    }

    @Test
    void aTableWhoseTotalsDoNotAddUpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Table.builder().cell("a", 10).cell("b", 12).cell("t", 23)
                .additivity(new Additivity("t", List.of("a", "b"))).build());
        assertThrows(IllegalArgumentException.class, () -> Table.oneWay("s", Dimension.flat("all", "a"), -1));
        assertThrows(IllegalArgumentException.class, () -> Table.oneWay("s", Dimension.flat("all", "a"), 10)
                .linkedWith(Table.oneWay("s", Dimension.flat("all", "a"), 11)));
    }

    @Test
    void aCrossTabWithAHierarchyPublishesEveryLevelAsARelation() {
        Table table = Table.crossTab("t", Dimension.flat("all", "r1", "r2"),
                Dimension.of("borough", Dimension.flat("L", "w1", "w2"), Dimension.flat("M", "w3")),
                new long[][] {{1, 2, 3}, {10, 20, 30}});

        assertEquals(3, table.count(Table.cellId("t", "r1", "L")));
        assertEquals(30, table.count(Table.cellId("t", "r2", "L")));
        assertEquals(66, table.count(Table.cellId("t", "all", "borough")));
        assertTrue(table.additivities().contains(new Additivity(Table.cellId("t", "all", "L"),
                List.of(Table.cellId("t", "all", "w1"), Table.cellId("t", "all", "w2")))));
        assertTrue(table.additivities().contains(new Additivity(Table.cellId("t", "all", "L"),
                List.of(Table.cellId("t", "r1", "L"), Table.cellId("t", "r2", "L")))));
    }

    /**
     * A quarter protected with a month released before: month 1 showed 15 in all with its 12 and 3 hidden; month 2
     * showed 20, 14 and 34. The quarter's 17 less month 2's 14 would give month 1's 3, so the quarter's b is hidden,
     * and with it a (not the total: month 1's and month 2's totals give it anyway, so hiding it would protect
     * nothing). The month keeps exactly the pattern it was published with.
     */
    @Test
    void aQuarterWithAReleasedMonthKeepsTheMonthsPatternAndHidesWhatWouldGiveItAway() {
        Table system = quarterOfTwoMonths();
        Map<String, Boolean> released = new java.util.LinkedHashMap<>();
        released.put(Table.cellId("m1", "a"), true);
        released.put(Table.cellId("m1", "b"), true);
        released.put(Table.cellId("m1", "T"), false);
        for (String cell : List.of("a", "b", "T")) {
            released.put(Table.cellId("m2", cell), false);
        }

        Set<String> hidden = control.protect(system, released).suppressedCells();

        assertEquals(Set.of(Table.cellId("m1", "a"), Table.cellId("m1", "b"), Table.cellId("q", "a"),
                Table.cellId("q", "b")), hidden);
        assertTrue(verifier.verify(system, hidden).passed());
    }

    @Test
    void aSuppressionThatWouldChangeAReleasedCellIsRefused() {
        DisclosureControl forgetsTheMonth = new DisclosureControl(DisclosurePolicy.STANDARD,
                (table, alreadyHidden, alreadyShown) -> Set.of(Table.cellId("m1", "b"), Table.cellId("q", "b"),
                        Table.cellId("q", "a")));

        assertThrows(IllegalStateException.class, () -> forgetsTheMonth.protect(quarterOfTwoMonths(),
                Map.of(Table.cellId("m1", "a"), true, Table.cellId("m1", "b"), true)));
    }

    /** Months m1 (12 + 3 = 15) and m2 (20 + 14 = 34), and their quarter q, each cell the sum of its months'. */
    private static Table quarterOfTwoMonths() {
        Table.Builder builder = Table.builder();
        long[][] months = { { 12, 3 }, { 20, 14 } };
        for (int m = 0; m < 2; m++) {
            builder.cell(Table.cellId("m" + (m + 1), "a"), months[m][0]).cell(Table.cellId("m" + (m + 1), "b"),
                    months[m][1]).total(Table.cellId("m" + (m + 1), "T"), Table.cellId("m" + (m + 1), "a"),
                    Table.cellId("m" + (m + 1), "b"));
        }
        for (String cell : List.of("a", "b")) {
            builder.total(Table.cellId("q", cell), Table.cellId("m1", cell), Table.cellId("m2", cell));
        }
        builder.total(Table.cellId("q", "T"), Table.cellId("q", "a"), Table.cellId("q", "b"));
        builder.additivity(new Additivity(Table.cellId("q", "T"),
                List.of(Table.cellId("m1", "T"), Table.cellId("m2", "T"))));
        return builder.build();
    }
}
