package org.safeguarding.portal.reporting.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguarding.portal.reporting.disclosure.exact.ExactSimplex;
import org.safeguarding.portal.reporting.disclosure.exact.Fraction;
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
    /**
     * Solved groups of one table, by their cells, when this verifier is asked about one table again and again (the
     * suppression's loop hides one cell at a time: every group it did not touch has the same equations as before).
     * Null for a verifier that checks once, like the one that decides whether a table may be published.
     */
    private final Map<Set<String>, Solved> solved;
    private Table solvedFor;

    public DisclosureVerifier(DisclosurePolicy policy) {
        this(policy, false);
    }

    DisclosureVerifier(DisclosurePolicy policy, boolean rememberGroups) {
        this.policy = policy;
        this.solved = rememberGroups ? new java.util.HashMap<>() : null;
    }

    /** A group's answers: which of its cells are derivable, and the ranges asked for so far. */
    private static final class Solved {
        final UnknownSystem system;
        final Set<String> derivable;
        final Map<String, FeasibleRange> ranges = new java.util.HashMap<>();
        ExactSimplex simplex;

        Solved(UnknownSystem system) {
            this.system = system;
            this.derivable = system.derivable();
        }

        FeasibleRange range(String cell) {
            if (simplex == null) {
                simplex = system.simplex();
            }
            return ranges.computeIfAbsent(cell, c -> system.range(simplex, c));
        }
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
        Set<String> derivable = new LinkedHashSet<>();
        new LinkedHashSet<>(systems(table, suppressed).values()).forEach(system -> derivable.addAll(system.derivable()));
        return derivable;
    }

    /** The interval an intruder can narrow a suppressed cell to. */
    public FeasibleRange feasibleRange(Table table, Set<String> suppressed, String cell) {
        UnknownSystem system = systems(table, suppressed).get(cell);
        if (system == null) {
            throw new IllegalArgumentException(cell + " is not suppressed");
        }
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
        // The suppressed cells fall apart into groups no relation connects (a published total separates them): each
        // group is its own system of equations, solved alone, which keeps the cost to the size of the largest group.
        Map<String, Solved> groupOf = solvedGroups(table, suppressed);
        List<String> inOrder = new ArrayList<>(new LinkedHashSet<>(suppressed));
        Set<String> derivable = new LinkedHashSet<>();
        for (Solved group : new LinkedHashSet<>(groupOf.values())) {
            derivable.addAll(group.derivable);
        }
        for (String cell : inOrder) {
            if (!derivable.contains(cell)) {
                continue;
            }
            findings.add(new Finding(cell, Problem.DERIVABLE, "the published cells and totals give its value, "
                    + table.count(cell)));
            if (stopAtFirst) {
                return new Verification(findings, primaryRanges);
            }
        }
        // Primaries first: they carry the stricter rule and are the cells a caller most needs to hear about.
        List<String> order = new ArrayList<>();
        suppressed.stream().filter(c -> policy.isSmall(table.count(c))).sorted().forEach(order::add);
        suppressed.stream().filter(c -> !policy.isSmall(table.count(c))).sorted().forEach(order::add);
        for (String cell : order) {
            if (derivable.contains(cell)) {
                continue;
            }
            FeasibleRange range = groupOf.get(cell).range(cell);
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

    /** Each suppressed cell's solved group, reusing a group solved before for the same table and the same cells. */
    private Map<String, Solved> solvedGroups(Table table, Set<String> suppressed) {
        if (solved != null && solvedFor != table) {
            solved.clear();
            solvedFor = table;
        }
        Map<String, Solved> groupOf = new LinkedHashMap<>();
        Map<UnknownSystem, Solved> fresh = new java.util.HashMap<>();
        systems(table, suppressed).forEach((cell, system) -> {
            Solved group = solved == null ? fresh.computeIfAbsent(system, Solved::new)
                    : solved.computeIfAbsent(system.cells(), k -> fresh.computeIfAbsent(system, Solved::new));
            groupOf.put(cell, group);
        });
        return groupOf;
    }

    /** Each suppressed cell's system: the suppressed cells connected to it through relations, and those relations. */
    private static Map<String, UnknownSystem> systems(Table table, Set<String> suppressed) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (String cell : suppressed) {
            parent.put(cell, cell);
        }
        List<Additivity> touching = new ArrayList<>();
        for (Additivity relation : table.additivities()) {
            String first = null;
            for (String cell : relation.cells()) {
                if (parent.containsKey(cell)) {
                    if (first == null) {
                        first = cell;
                    } else {
                        parent.put(root(parent, cell), root(parent, first));
                    }
                }
            }
            if (first != null) {
                touching.add(relation);
            }
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (String cell : suppressed) {
            groups.computeIfAbsent(root(parent, cell), r -> new LinkedHashSet<>()).add(cell);
        }
        Map<String, List<Additivity>> relationsOf = new LinkedHashMap<>();
        for (Additivity relation : touching) {
            String cell = relation.cells().stream().filter(parent::containsKey).findFirst().orElseThrow();
            relationsOf.computeIfAbsent(root(parent, cell), r -> new ArrayList<>()).add(relation);
        }
        Map<String, UnknownSystem> systemOf = new LinkedHashMap<>();
        groups.forEach((root, cells) -> {
            UnknownSystem system = new UnknownSystem(table, cells, relationsOf.getOrDefault(root, List.of()));
            cells.forEach(cell -> systemOf.put(cell, system));
        });
        return systemOf;
    }

    private static String root(Map<String, String> parent, String cell) {
        String root = cell;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(cell, root);
        return root;
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

        UnknownSystem(Table table, Set<String> suppressed, List<Additivity> relations) {
            this.unknowns = new ArrayList<>(new LinkedHashSet<>(suppressed));
            for (int j = 0; j < unknowns.size(); j++) {
                column.put(unknowns.get(j), j);
            }
            List<Fraction[]> rows = new ArrayList<>();
            List<Fraction> rhs = new ArrayList<>();
            for (Additivity relation : relations) {
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

        Set<String> cells() {
            return Set.copyOf(unknowns);
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
