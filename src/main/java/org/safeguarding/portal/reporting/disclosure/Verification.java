package org.safeguarding.portal.reporting.disclosure;

import java.util.List;
import java.util.Map;

/**
 * What {@link DisclosureVerifier} found about a suppression pattern: nothing (it may be published) or, per cell, why
 * not. The ranges are those of the primary-suppressed cells, kept as evidence for tests and audit.
 */
public record Verification(List<Finding> findings, Map<String, FeasibleRange> primaryRanges) {

    public Verification {
        findings = List.copyOf(findings);
        primaryRanges = Map.copyOf(primaryRanges);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    /** Why a cell makes the pattern unsafe. */
    public enum Problem {
        /** A count from 1 to K-1 would be published. */
        SMALL_COUNT_PUBLISHED,
        /** The published cells and relations fix the suppressed cell's value (Gaussian elimination). */
        DERIVABLE,
        /** Not fixed by the equations alone, but counts being non-negative leave it one possible value. */
        PINNED,
        /** A primary-suppressed cell can be narrowed to a range less wide than the policy asks. */
        RANGE_TOO_NARROW,
        /** A primary-suppressed cell can be shown to be below K (the range's upper end is below K). */
        UPPER_END_BELOW_THRESHOLD
    }

    /** One failing cell and, in words, what an intruder could learn. */
    public record Finding(String cell, Problem problem, String explanation) {
    }

    @Override
    public String toString() {
        return passed() ? "passed" : "failed: " + findings;
    }
}
