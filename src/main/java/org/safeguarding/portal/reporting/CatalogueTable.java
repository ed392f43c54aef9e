package org.safeguarding.portal.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table of the board's fixed catalogue: its rows and columns (message keys in {@code board.properties} name them),
 * whether it carries a total column (each row's sum) and a total row (each column's sum), how its months add up to a
 * quarter, and the rates or medians shown beside its counts. Every cell is named {@code period/table[row × column]}
 * ({@link #cell}), so the cells of all of a period's tables, and of the periods around it, form one system of
 * equations that {@code DisclosureControl} protects as a whole.
 *
 * @param id the name in URLs and exports
 * @param rows row keys, in order
 * @param columns column keys, in order
 * @param totalColumn whether each row has a total (the sum of its columns)
 * @param totalRow whether each column has a total (the sum of its rows)
 * @param time how a quarter or year relates to its months
 * @param rate a percentage per row, of some columns over others, if the table shows one
 * @param median a median per row over the per-survivor values sampled under the row's key, if the table shows one
 * @param chartColumn the column the chart draws, one bar per row
 * @param children rows broken down further (a locality into its wards): shown after their row, which is their sum,
 *        and published only where the drill-down rules allow
 */
public record CatalogueTable(String id, List<String> rows, List<String> columns, boolean totalColumn, boolean totalRow,
        Time time, Optional<Rate> rate, boolean median, String chartColumn, Map<String, List<String>> children) {

    public CatalogueTable(String id, List<String> rows, List<String> columns, boolean totalColumn, boolean totalRow,
            Time time, Optional<Rate> rate, boolean median, String chartColumn) {
        this(id, rows, columns, totalColumn, totalRow, time, rate, median, chartColumn, Map.of());
    }

    public static final String TOTAL = "TOTAL";

    /** How a longer period's cells relate to its months'. */
    public enum Time {
        /**
         * Survivors (or promises, or notes) counted in the month they first came that calendar year: a quarter is the
         * sum of its months, a year of its quarters, exactly.
         */
        FLOW,
        /** A count at the period's end: a quarter is its last month, a year its December. */
        STOCK
    }

    /** A percentage per row: the sum of {@code numerator} columns over the sum of {@code denominator} columns. */
    public record Rate(List<String> numerator, List<String> denominator) {
    }

    /** Where a row's sample (one value per survivor, for its median) is kept in a period's counts. */
    public String sampleKey(String row) {
        return id() + "/" + row;
    }

    /** The name of a cell: the period, the table, the row and the column. */
    public static String cell(ReportPeriod period, String table, String row, String column) {
        return period.id() + "/" + table + "[" + row + " × " + column + "]";
    }

    public String cell(ReportPeriod period, String row, String column) {
        return cell(period, id, row, column);
    }

    /**
     * The breakdown rows not offered for a period: every child of a row one of whose children is hidden (a breakdown
     * with a gap is not offered at all; hiding the rest of it never reveals anything).
     */
    public java.util.Set<String> withheldBreakdowns(ReportPeriod period, java.util.Set<String> hidden) {
        java.util.Set<String> withheld = new java.util.LinkedHashSet<>();
        children.forEach((parent, rows) -> {
            if (rows.stream().anyMatch(r -> shownColumns().stream().anyMatch(c -> hidden.contains(cell(period, r, c))))) {
                withheld.addAll(rows);
            }
        });
        return withheld;
    }

    /** Rows as shown, each followed by its breakdown, the total row last when there is one. */
    public List<String> shownRows() {
        List<String> shown = new java.util.ArrayList<>();
        for (String row : rows) {
            shown.add(row);
            shown.addAll(children.getOrDefault(row, List.of()));
        }
        return totalRow ? concat(shown, TOTAL) : shown;
    }

    /** Columns as shown, the total column last when there is one. */
    public List<String> shownColumns() {
        return totalColumn ? concat(columns, TOTAL) : columns;
    }

    private static List<String> concat(List<String> keys, String last) {
        return java.util.stream.Stream.concat(keys.stream(), java.util.stream.Stream.of(last)).toList();
    }
}
