package org.safeguarding.portal.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

/** What must hold of every protected table, asked of the verifier afresh; shared by the random-table tests. */
final class ProtectionInvariants {

    private static final DisclosurePolicy POLICY = DisclosurePolicy.STANDARD;

    private ProtectionInvariants() {
    }

    static void assertSafelyProtected(DisclosureControl control, DisclosureVerifier verifier, Table table) {
        ProtectedTable published = control.protect(table);
        Set<String> hidden = published.suppressedCells();

        for (String cell : table.cells()) {
            long count = table.count(cell);
            PublishedValue value = published.cell(cell);
            if (value.isSuppressed()) {
                assertTrue(count > 0, cell + ": a true zero is published as 0");
                continue;
            }
            long shown = value.value().getAsLong();
            assertTrue(shown == 0 || shown >= POLICY.threshold(), cell + " is published as " + shown);
            assertEquals(POLICY.round(count), shown, cell);
            assertEquals(count == 0, shown == 0, cell + ": 0 is shown only for a true 0");
        }
        assertEquals(Set.of(), verifier.derivableCells(table, hidden), "derivable suppressed cells");
        for (String cell : hidden) {
            FeasibleRange range = verifier.feasibleRange(table, hidden, cell);
            assertTrue(!range.isSingleValue(), cell + " is pinned to " + range);
            if (POLICY.isSmall(table.count(cell))) {
                assertTrue(range.isAtLeast(POLICY.minimumRangeWidth()), cell + " range " + range);
                assertTrue(range.reaches(POLICY.threshold()), cell + " range " + range);
            }
        }
    }
}
