package org.safeguarding.portal.reporting.disclosure;

import org.safeguarding.portal.reporting.disclosure.query.RefusedRequestException;

import org.safeguarding.portal.reporting.disclosure.query.AreaLevel;

import org.safeguarding.portal.reporting.disclosure.query.Statistic;

import org.safeguarding.portal.reporting.disclosure.query.PeriodGrain;

import org.safeguarding.portal.reporting.disclosure.query.CatalogueFilters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import org.safeguarding.portal.reporting.disclosure.exact.Fraction;

/**
 * The worked examples of design/disclosure-control.md, with its numbers. Example 7 (exports and board API responses)
 * needs the export and resource layer, and example 8 is {@link RandomTablesTest}.
 */
class WorkedExamplesTest {

    private final DisclosureControl control = new DisclosureControl();
    private final DisclosureVerifier verifier = new DisclosureVerifier(DisclosurePolicy.STANDARD);

    // Example 1 -------------------------------------------------------------------------------------------------

    private static final String SOURCES = "ward A Q1 by source";

    private static Table wardAByReferralSource() {
        return Table.oneWay(SOURCES, Dimension.flat("all sources", "police", "school", "health", "self", "other"),
                23, 14, 3, 0, 11);
    }

    @Test
    void example1_healthIsSuppressedAndOtherGoesWithItSoTheTotalCannotGiveHealthAway() {
        ProtectedTable published = control.protect(wardAByReferralSource());

        assertEquals("25", published.render(Table.cellId(SOURCES, "police")));
        assertEquals("15", published.render(Table.cellId(SOURCES, "school")));
        assertEquals("[c]", published.render(Table.cellId(SOURCES, "health")));
        assertEquals("0", published.render(Table.cellId(SOURCES, "self")));
        assertEquals("[c]", published.render(Table.cellId(SOURCES, "other")));
        assertEquals("50", published.render(Table.cellId(SOURCES, "all sources")));
        assertNoPublishedCountBelowThreshold(published);
    }

    @Test
    void example1_theVerifierShowsWhyOtherIsNeededAndThatHealthThenKeepsAWideRange() {
        Table table = wardAByReferralSource();
        String health = Table.cellId(SOURCES, "health");
        String other = Table.cellId(SOURCES, "other");

        assertEquals(Set.of(health), verifier.derivableCells(table, Set.of(health)),
                "without a secondary, 51 - 23 - 14 - 0 - 11 gives health away");
        Verification withOther = verifier.verify(table, Set.of(health, other));
        assertTrue(withOther.passed(), withOther.toString());
        FeasibleRange range = withOther.primaryRanges().get(health);
        assertEquals(Fraction.ZERO, range.min());
        assertEquals(Fraction.of(14), range.max().orElseThrow());
    }

    // Example 2 -------------------------------------------------------------------------------------------------

    private static final String STATUS = "status by ward";

    private static Table statusByWard() {
        return Table.crossTab(STATUS, Dimension.flat("all statuses", "open", "closed"),
                Dimension.flat("all wards", "A", "B", "C"), new long[][] {{12, 4, 20}, {15, 18, 9}});
    }

    @Test
    void example2_fourAndNineArePrimaryAndEveryRowAndColumnWithASuppressionHoldsAtLeastTwo() {
        Table table = statusByWard();
        ProtectedTable published = control.protect(table);
        Set<String> hidden = published.suppressedCells();

        assertTrue(hidden.contains(Table.cellId(STATUS, "open", "B")), "4 is primary");
        assertTrue(hidden.contains(Table.cellId(STATUS, "closed", "C")), "9 is primary");
        for (Additivity rowOrColumn : table.additivities()) {
            long inIt = rowOrColumn.cells().stream().filter(hidden::contains).count();
            assertTrue(inIt == 0 || inIt >= 2, rowOrColumn + " holds " + inIt + " suppressed cell(s)");
        }
        assertNoPublishedCountBelowThreshold(published);
    }

    @Test
    void example2_theCheckProvesNeitherPrimaryCanBeDerivedAndEachKeepsARangeAtLeastFiveWide() {
        Table table = statusByWard();
        Set<String> hidden = control.protect(table).suppressedCells();

        assertEquals(Set.of(), verifier.derivableCells(table, hidden));
        for (String primary : List.of(Table.cellId(STATUS, "open", "B"), Table.cellId(STATUS, "closed", "C"))) {
            FeasibleRange range = verifier.feasibleRange(table, hidden, primary);
            assertTrue(range.isAtLeast(5), primary + " " + range);
            assertTrue(range.reaches(10), primary + " " + range);
        }
    }

    @Test
    void example2_theCheapestRectangleIsChosenAndTheRestIsRoundedFromTrueValues() {
        ProtectedTable published = control.protect(statusByWard());

        // 4 and 9 with 20 and 18: one rectangle, the intruder's only freedom is +t on one diagonal, -t on the other.
        assertEquals(Set.of(Table.cellId(STATUS, "open", "B"), Table.cellId(STATUS, "open", "C"),
                Table.cellId(STATUS, "closed", "B"), Table.cellId(STATUS, "closed", "C")), published.suppressedCells());
        assertEquals("10", published.render(Table.cellId(STATUS, "open", "A")));
        assertEquals("15", published.render(Table.cellId(STATUS, "closed", "A")));
        assertEquals("35", published.render(Table.cellId(STATUS, "open", "all wards")));
        assertEquals("40", published.render(Table.cellId(STATUS, "closed", "all wards")));
        assertEquals("25", published.render(Table.cellId(STATUS, "all statuses", "A")));
        assertEquals("20", published.render(Table.cellId(STATUS, "all statuses", "B")));
        assertEquals("30", published.render(Table.cellId(STATUS, "all statuses", "C")));
        assertEquals("80", published.render(Table.cellId(STATUS, "all statuses", "all wards")));
    }

    // Example 3 -------------------------------------------------------------------------------------------------

    @Test
    void example3_allReferralsInQ1ExceptWardXIsRefusedWithAMessageAboutExclusionFilters() {
        CatalogueFilters filters = new CatalogueFilters(Set.of("ward", "source", "status", "age band"));

        for (Map<String, String> exclusion : List.of(Map.of("ward", "except X"), Map.of("ward", "!X"),
                Map.of("ward!", "X"), Map.of("excludeWard", "X"), Map.of("ward", "not X"), Map.of("ward", "-X"))) {
            RefusedRequestException refused = assertThrows(RefusedRequestException.class,
                    () -> filters.check(exclusion), exclusion.toString());
            assertEquals("refused_exclusion_filter", refused.reasonKey());
        }
        assertEquals(Map.of("ward", "X"), filters.check(Map.of("ward", "X")));
        assertEquals(Map.of("ward", "Nottingham Road"), filters.check(Map.of("ward", "Nottingham Road")),
                "a name that merely contains 'not' is not an exclusion");
    }

    @Test
    void example3_aRequestGroupedByWeekOrDayIsRefused() {
        assertThrows(RefusedRequestException.class, () -> PeriodGrain.parse("week"));
        assertThrows(RefusedRequestException.class, () -> PeriodGrain.parse("day"));
        assertEquals(PeriodGrain.QUARTER, PeriodGrain.parse("quarter"));
        assertEquals(PeriodGrain.MONTH, PeriodGrain.parse("month"));
        assertEquals(PeriodGrain.YEAR, PeriodGrain.parse("year"));
    }

    // Example 4 -------------------------------------------------------------------------------------------------

    @Test
    void example4_wardXsAgeBreakdownIsNotAvailableButTheWardTotalShowsFifteen() {
        Table ageBands = Table.oneWay("ward X Q1 by age", Dimension.flat("all ages", "under 13", "13–15", "16–17"),
                2, 7, 5);
        String wardX = Table.cellId("ward X Q1 by age", "all ages");

        Breakdown breakdown = control.drillDown(ageBands, wardX, List.of(Table.cellId("ward X Q1 by age", "under 13"),
                Table.cellId("ward X Q1 by age", "13–15"), Table.cellId("ward X Q1 by age", "16–17")));

        assertFalse(breakdown.isAvailable());
        assertEquals("breakdown not available", breakdown.message());
        assertEquals(14, ageBands.count(wardX));
        assertEquals("15", control.publishedCount(ageBands.count(wardX)).render());
    }

    @Test
    void example4_theWardTotalAlsoShowsFifteenInsideItsBoroughTable() {
        Table wards = Table.oneWay("Q1 by ward", Dimension.flat("borough", "X", "Y", "Z"), 14, 30, 22);

        ProtectedTable published = control.protect(wards);

        assertEquals("15", published.render(Table.cellId("Q1 by ward", "X")));
        assertEquals("65", published.render(Table.cellId("Q1 by ward", "borough")));
    }

    @Test
    void example4_aBreakdownWhoseChildrenAreAllZeroOrAtLeastKIsServed() {
        Table ageBands = Table.oneWay("ward Y Q1 by age", Dimension.flat("all ages", "under 13", "13–15", "16–17"),
                12, 0, 18);

        Breakdown breakdown = control.drillDown(ageBands, Table.cellId("ward Y Q1 by age", "all ages"),
                List.of(Table.cellId("ward Y Q1 by age", "under 13"), Table.cellId("ward Y Q1 by age", "13–15"),
                        Table.cellId("ward Y Q1 by age", "16–17")));

        assertTrue(breakdown.isAvailable());
        assertEquals("10", breakdown.table().orElseThrow().render(Table.cellId("ward Y Q1 by age", "under 13")));
        assertEquals("0", breakdown.table().orElseThrow().render(Table.cellId("ward Y Q1 by age", "13–15")));
        assertEquals("30", breakdown.table().orElseThrow().render(Table.cellId("ward Y Q1 by age", "all ages")));
    }

    // Example 5 -------------------------------------------------------------------------------------------------

    @Test
    void example5_aWardWhereElevenOfTwelveWereAcknowledgedInTimeShowsC() {
        assertEquals("[c]", control.percentage(11, 12, AreaLevel.WARD).render());
    }

    @Test
    void example5_aWardWithSixReferralsShowsC() {
        for (long acknowledged = 0; acknowledged <= 6; acknowledged++) {
            assertEquals("[c]", control.percentage(acknowledged, 6, AreaLevel.WARD).render());
        }
    }

    @Test
    void example5_theBoroughWith187Of213Shows185Over215Is86Percent() {
        assertEquals(185, DisclosurePolicy.STANDARD.round(187));
        assertEquals(215, DisclosurePolicy.STANDARD.round(213));
        assertEquals("86", control.percentage(187, 213, AreaLevel.BOROUGH).render());
    }

    // Example 6 -------------------------------------------------------------------------------------------------

    @Test
    void example6_theMedianOverSixSurvivorsShowsC() {
        assertEquals("[c]", control.summary(Statistic.MEDIAN, 1, 2, 2, 3, 5, 8).render());
    }

    @Test
    void example6_theMedianOverTwentyFiveSurvivorsIsAWholeNumberOfDays() {
        long[] days = LongStream.rangeClosed(1, 25).map(d -> d % 7).toArray(); // 0..6 repeating; median 3
        PublishedValue median = control.summary(Statistic.MEDIAN, days);
        assertFalse(median.isSuppressed());
        assertEquals(3, median.value().getAsLong());
        assertTrue(median.render().matches("\\d+"), median.render());
    }

    @Test
    void example6_aRequestForTheMinimumOrMaximumIsRefused() {
        for (String extreme : List.of("min", "minimum", "max", "Maximum")) {
            RefusedRequestException refused = assertThrows(RefusedRequestException.class,
                    () -> Statistic.parse(extreme));
            assertEquals("refused_minimum_maximum", refused.reasonKey());
        }
        assertEquals(Statistic.MEDIAN, Statistic.parse("median"));
    }

    static void assertNoPublishedCountBelowThreshold(ProtectedTable published) {
        for (Map.Entry<String, PublishedValue> cell : published.cells().entrySet()) {
            cell.getValue().value().ifPresent(v -> assertTrue(v == 0 || v >= 10,
                    cell.getKey() + " is published as " + v));
        }
    }
}
