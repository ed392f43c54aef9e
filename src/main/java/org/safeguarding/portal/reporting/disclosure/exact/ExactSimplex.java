package org.safeguarding.portal.reporting.disclosure.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small linear-program solver in exact rational arithmetic: minimise {@code c·x} subject to {@code A x = b},
 * {@code x ≥ 0}. Two-phase tableau simplex with Bland's rule, which cannot cycle, so with exact arithmetic it always
 * stops with the true optimum (or proof of unboundedness). The disclosure verifier's tool (it asks "between which
 * bounds can an intruder pin this cell?"), knowing nothing of tables; they have at most a few hundred cells, so a dense
 * tableau is fine.
 *
 * <p>Phase 1 runs once in the constructor; each {@link #minimise} starts phase 2 from a copy of that feasible basis, so
 * the two bounds of every suppressed cell cost one phase 2 each.
 */
public final class ExactSimplex {

    private final int variables;
    private final Fraction[][] feasible;
    private final int[] feasibleBasis;

    /**
     * @throws IllegalArgumentException if no non-negative {@code x} satisfies {@code A x = b} (the verifier only asks
     *                                  about systems the true counts satisfy, so this means a wrong table)
     */
    public ExactSimplex(Fraction[][] a, Fraction[] b, int variables) {
        this.variables = variables;
        int rows = a.length;
        int width = variables + rows + 1;
        Fraction[][] tableau = new Fraction[rows + 1][width];
        int[] basis = new int[rows];
        for (int i = 0; i < rows; i++) {
            boolean negate = b[i].signum() < 0;
            for (int j = 0; j < variables; j++) {
                tableau[i][j] = negate ? a[i][j].negate() : a[i][j];
            }
            for (int k = 0; k < rows; k++) {
                tableau[i][variables + k] = k == i ? Fraction.ONE : Fraction.ZERO;
            }
            tableau[i][width - 1] = negate ? b[i].negate() : b[i];
            basis[i] = variables + i;
        }
        // Phase 1: minimise the sum of the artificial variables.
        Fraction[] cost = new Fraction[width - 1];
        for (int j = 0; j < width - 1; j++) {
            cost[j] = j >= variables ? Fraction.ONE : Fraction.ZERO;
        }
        setObjective(tableau, basis, cost);
        if (!run(tableau, basis, width - 1)) {
            throw new IllegalStateException("phase 1 cannot be unbounded");
        }
        if (tableau[rows][width - 1].signum() != 0) {
            throw new IllegalArgumentException("the constraints have no non-negative solution");
        }
        // Drive artificial variables out of the basis; a row where that is impossible is redundant.
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (basis[i] >= variables) {
                int column = -1;
                for (int j = 0; j < variables && column < 0; j++) {
                    if (!tableau[i][j].isZero()) {
                        column = j;
                    }
                }
                if (column < 0) {
                    continue;
                }
                pivot(tableau, basis, i, column);
            }
            keep.add(i);
        }
        this.feasible = new Fraction[keep.size() + 1][];
        this.feasibleBasis = new int[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            int i = keep.get(k);
            Fraction[] row = new Fraction[variables + 1];
            System.arraycopy(tableau[i], 0, row, 0, variables);
            row[variables] = tableau[i][width - 1];
            feasible[k] = row;
            feasibleBasis[k] = basis[i];
        }
        feasible[keep.size()] = new Fraction[variables + 1];
    }

    /** The minimum of {@code c·x} over the feasible set, or empty if it is unbounded below. */
    public Optional<Fraction> minimise(Fraction[] c) {
        int rows = feasibleBasis.length;
        Fraction[][] tableau = new Fraction[rows + 1][];
        for (int i = 0; i < rows; i++) {
            tableau[i] = feasible[i].clone();
        }
        tableau[rows] = new Fraction[variables + 1];
        int[] basis = feasibleBasis.clone();
        setObjective(tableau, basis, c);
        if (!run(tableau, basis, variables)) {
            return Optional.empty();
        }
        return Optional.of(tableau[rows][variables].negate());
    }

    /** The objective row: reduced costs {@code c_j - c_B·column_j}, and minus the current objective in the last cell. */
    private static void setObjective(Fraction[][] tableau, int[] basis, Fraction[] cost) {
        int rows = basis.length;
        int rhs = tableau[rows].length - 1;
        Fraction[] objective = tableau[rows];
        for (int j = 0; j < rhs; j++) {
            objective[j] = cost[j];
        }
        objective[rhs] = Fraction.ZERO;
        for (int i = 0; i < rows; i++) {
            Fraction basic = cost[basis[i]];
            if (basic.isZero()) {
                continue;
            }
            for (int j = 0; j <= rhs; j++) {
                if (!tableau[i][j].isZero()) {
                    objective[j] = objective[j].subtract(basic.multiply(tableau[i][j]));
                }
            }
        }
    }

    /**
     * Pivots until optimal (true) or unbounded (false); only the first {@code enterable} columns may enter the basis.
     * Bland's rule: the lowest-indexed improving column enters, ties in the ratio test leave by lowest basic index.
     */
    private static boolean run(Fraction[][] tableau, int[] basis, int enterable) {
        int rows = basis.length;
        int rhs = tableau[rows].length - 1;
        while (true) {
            int entering = -1;
            for (int j = 0; j < enterable && entering < 0; j++) {
                if (tableau[rows][j].signum() < 0) {
                    entering = j;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            Fraction best = null;
            for (int i = 0; i < rows; i++) {
                if (tableau[i][entering].signum() > 0) {
                    Fraction ratio = tableau[i][rhs].divide(tableau[i][entering]);
                    int order = best == null ? -1 : ratio.compareTo(best);
                    if (order < 0 || (order == 0 && basis[i] < basis[leaving])) {
                        best = ratio;
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(tableau, basis, leaving, entering);
        }
    }

    private static void pivot(Fraction[][] tableau, int[] basis, int row, int column) {
        Fraction[] pivotRow = tableau[row];
        Fraction pivot = pivotRow[column];
        for (int j = 0; j < pivotRow.length; j++) {
            pivotRow[j] = pivotRow[j].divide(pivot);
        }
        for (int i = 0; i < tableau.length; i++) {
            if (i == row || tableau[i][column].isZero()) {
                continue;
            }
            Fraction factor = tableau[i][column];
            for (int j = 0; j < pivotRow.length; j++) {
                if (!pivotRow[j].isZero()) {
                    tableau[i][j] = tableau[i][j].subtract(factor.multiply(pivotRow[j]));
                }
            }
        }
        basis[row] = column;
    }
}
