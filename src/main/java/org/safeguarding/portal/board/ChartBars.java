package org.safeguarding.portal.board;

import org.safeguarding.portal.reporting.CatalogueTable;
import org.safeguarding.portal.reporting.PublishedTable;

import java.util.List;

/**
 * The bars of a chart of one column of a published table: one per row, totals left out, each with the value as
 * published and its length relative to the longest. Made only from what the table publishes, so no chart can show
 * more than its table; a {@code [c]} row has no length.
 */
record ChartBars(String columnLabel, List<Bar> bars) {

    /** A row's label, its published value (a number or {@code [c]}), and its length in percent of the longest. */
    record Bar(String label, Object value, int percent) {

        boolean isShown() {
            return value instanceof Number;
        }
    }

    static ChartBars of(PublishedTable table, String column) {
        int index = -1;
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).key().equals(column)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException(table.table() + " has no column " + column);
        }
        int at = index;
        List<PublishedTable.Row> rows = table.rows().stream().filter(r -> !CatalogueTable.TOTAL.equals(r.key()))
                .toList();
        long max = rows.stream().map(r -> r.cells().get(at)).filter(v -> v instanceof Number)
                .mapToLong(v -> ((Number) v).longValue()).max().orElse(0);
        List<Bar> bars = rows.stream().map(r -> {
            Object value = r.cells().get(at);
            int percent = value instanceof Number n && max > 0 ? (int) Math.round(100.0 * n.longValue() / max) : 0;
            return new Bar(r.label(), value, percent);
        }).toList();
        return new ChartBars(table.columns().get(at).label(), bars);
    }
}
