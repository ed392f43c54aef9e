package org.safeguarding.portal.reporting.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguarding.portal.reporting.disclosure.Verification.Finding;
import org.safeguarding.portal.reporting.disclosure.Verification.Problem;

/**
 * The independent check that a suppression pattern is safe to publish, taking the intruder's side: given every
 * published cell <em>exactly</em> (the worst case: unrounded totals exist elsewhere, in returns, FOI answers and
 * earlier reports) and every published relation, can any suppressed cell be worked out?
 *
 * <ul>
 * <li><b>Uniqueness</b>, by Gaussian elimination over exact rationals on the relations restricted to the suppressed
 * cells: a suppressed cell is derivable when the reduced system has a row naming only that cell.</li>
 * <li><b>Range</b>, by an exact linear program ({@link ExactSimplex}) with counts non-negative: each suppressed cell must
 * keep more than one possible value, and each primary-suppressed cell (a true count from 1 to K-1) a range at least
 * the policy's width wide whose upper end is at least K, so the intruder can neither narrow it nor tell that it is
 * small.</li>
 * </ul>
 *
 * <p>It decides which cells are primary from the true counts itself and shares no code with the suppression that
 * chose the pattern, so a mistake there cannot hide here. Nothing is trusted but the table and the set of suppressed
 * cells.
 */
public final class DisclosureVerifier {

    private final DisclosurePolicy policy;

    public DisclosureVerifier(DisclosurePolicy policy) {
        this.policy = policy;
    }

    /** Every problem with publishing {@code table} with {@code suppressed} hidden (all other cells shown). */
    public Verification verify(Table table, Set<String> suppressed) {
        return check(table, suppressed, false);
    }

    /** The first problem found, if any: a cheaper question, for a caller that only needs to know where to act. */
    public Optional<Finding> firstProblem(Table table, Set<String> suppressed) {
        return check(table, suppressed, true).findings().stream().findFirst();
    }

    /** The suppressed cells whose value the published cells and relations determine exactly. */
    public Set<String> derivableCells(Table table, Set<String> suppressed) {
        return new UnknownSystem(table, suppressed).derivable();
    }

    /** The interval an intruder can narrow a suppressed cell to. */
    public FeasibleRange feasibleRange(Table table, Set<String> suppressed, String cell) {
        UnknownSystem system = new UnknownSystem(table, suppressed);
        return system.range(system.simplex(), cell);
    }

    private Verification check(Table table, Set<String> suppressed, boolean stopAtFirst) {
        for (String cell : suppressed) {
            table.count(cell);
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, FeasibleRange> primaryRanges = new LinkedHashMap<>();
        for (String cell : table.cells()) {
            long count = table.count(cell);
            if (policy.isSmall(count) && !suppressed.contains(cell)) {
                findings.add(new Finding(cell, Problem.SMALL_COUNT_PUBLISHED,
                        "a count of " + count + " would be published"));
                if (stopAtFirst) {
                    return new Verification(findings, primaryRanges);
                }
            }
        }
        UnknownSystem system = new UnknownSystem(table, suppressed);
        for (String cell : system.derivable()) {
            findings.add(new Finding(cell, Problem.DERIVABLE, "the published cells and totals give its value, "
                    + table.count(cell)));
            if (stopAtFirst) {
                return new Verification(findings, primaryRanges);
            }
        }
        ExactSimplex simplex = system.simplex();
        // Primaries first: they carry the stricter rule and are the cells a caller most needs to hear about.
        List<String> order = new ArrayList<>();
        suppressed.stream().filter(c -> policy.isSmall(table.count(c))).sorted().forEach(order::add);
        suppressed.stream().filter(c -> !policy.isSmall(table.count(c))).sorted().forEach(order::add);
        for (String cell : order) {
            if (findings.stream().anyMatch(f -> f.cell().equals(cell))) {
                continue;
            }
            FeasibleRange range = system.range(simplex, cell);
            Optional<Finding> finding = judge(table, cell, range);
            if (policy.isSmall(table.count(cell))) {
                primaryRanges.put(cell, range);
            }
            if (finding.isPresent()) {
                findings.add(finding.get());
                if (stopAtFirst) {
                    return new Verification(findings, primaryRanges);
                }
            }
        }
        return new Verification(findings, primaryRanges);
    }

    private Optional<Finding> judge(Table table, String cell, FeasibleRange range) {
        if (range.isSingleValue()) {
            return Optional.of(new Finding(cell, Problem.PINNED, "counts cannot be negative, so its range " + range
                    + " leaves one value"));
        }
        if (!policy.isSmall(table.count(cell))) {
            return Optional.empty();
        }
        if (!range.isAtLeast(policy.minimumRangeWidth())) {
            return Optional.of(new Finding(cell, Problem.RANGE_TOO_NARROW, "its feasible range " + range
                    + " is less than " + policy.minimumRangeWidth() + " wide"));
        }
        if (!range.reaches(policy.threshold())) {
            return Optional.of(new Finding(cell, Problem.UPPER_END_BELOW_THRESHOLD, "its feasible range " + range
                    + " shows it is below " + policy.threshold()));
        }
        return Optional.empty();
    }

    /**
     * The published relations as equations in the suppressed cells only: for relation {@code t = p1 + ... + pn},
     * the row {@code t - p1 - ... - pn = 0} with every published cell moved to the right-hand side.
     */
    private static final class UnknownSystem {
        private final List<String> unknowns;
        private final Map<String, Integer> column = new LinkedHashMap<>();
        private final Fraction[][] a;
        private final Fraction[] b;

        UnknownSystem(Table table, Set<String> suppressed) {
            this.unknowns = new ArrayList<>(new LinkedHashSet<>(suppressed));
            for (int j = 0; j < unknowns.size(); j++) {
                column.put(unknowns.get(j), j);
            }
            List<Fraction[]> rows = new ArrayList<>();
            List<Fraction> rhs = new ArrayList<>();
            for (Additivity relation : table.additivities()) {
                Fraction[] row = new Fraction[unknowns.size()];
                java.util.Arrays.fill(row, Fraction.ZERO);
                long known = 0;
                boolean anyUnknown = false;
                for (String cell : relation.cells()) {
                    long sign = cell.equals(relation.total()) ? 1 : -1;
                    Integer j = column.get(cell);
                    if (j == null) {
                        known += sign * table.count(cell);
                    } else {
                        row[j] = row[j].add(Fraction.of(sign));
                        anyUnknown = true;
                    }
                }
                if (anyUnknown) {
                    rows.add(row);
                    rhs.add(Fraction.of(-known));
                }
            }
            this.a = rows.toArray(new Fraction[0][]);
            this.b = rhs.toArray(new Fraction[0]);
        }

        /** Unknowns fixed by the equations: reduced row echelon form has a row that names only them. */
        Set<String> derivable() {
            int m = a.length;
            int n = unknowns.size();
            Fraction[][] r = new Fraction[m][];
            for (int i = 0; i < m; i++) {
                r[i] = a[i].clone();
            }
            int pivotRow = 0;
            for (int j = 0; j < n && pivotRow < m; j++) {
                int found = -1;
                for (int i = pivotRow; i < m && found < 0; i++) {
                    if (!r[i][j].isZero()) {
                        found = i;
                    }
                }
                if (found < 0) {
                    continue;
                }
                Fraction[] swap = r[found];
                r[found] = r[pivotRow];
                r[pivotRow] = swap;
                Fraction pivot = r[pivotRow][j];
                for (int k = 0; k < n; k++) {
                    r[pivotRow][k] = r[pivotRow][k].divide(pivot);
                }
                for (int i = 0; i < m; i++) {
                    if (i != pivotRow && !r[i][j].isZero()) {
                        Fraction factor = r[i][j];
                        for (int k = 0; k < n; k++) {
                            r[i][k] = r[i][k].subtract(factor.multiply(r[pivotRow][k]));
                        }
                    }
                }
                pivotRow++;
            }
            Set<String> determined = new LinkedHashSet<>();
            for (int i = 0; i < pivotRow; i++) {
                int nonZero = 0;
                int at = -1;
                for (int k = 0; k < n; k++) {
                    if (!r[i][k].isZero()) {
                        nonZero++;
                        at = k;
                    }
                }
                if (nonZero == 1) {
                    determined.add(unknowns.get(at));
                }
            }
            return determined;
        }

        ExactSimplex simplex() {
            return new ExactSimplex(a, b, unknowns.size());
        }

        FeasibleRange range(ExactSimplex simplex, String cell) {
            Integer j = column.get(cell);
            if (j == null) {
                throw new IllegalArgumentException(cell + " is not suppressed");
            }
            Fraction[] objective = new Fraction[unknowns.size()];
            java.util.Arrays.fill(objective, Fraction.ZERO);
            objective[j] = Fraction.ONE;
            Fraction min = simplex.minimise(objective)
                    .orElseThrow(() -> new IllegalStateException("a count cannot be unbounded below"));
            objective[j] = Fraction.ONE.negate();
            Optional<Fraction> max = simplex.minimise(objective).map(Fraction::negate);
            return new FeasibleRange(min, max);
        }
    }
}
