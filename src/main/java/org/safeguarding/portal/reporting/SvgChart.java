package org.safeguarding.portal.reporting;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart of one column of a published table, drawn on the server as SVG: one bar per row (totals left out),
 * labelled with the published value; a {@code [c]} row gets no bar and says so. It draws only what the table beside it
 * publishes, so it cannot show more than the table (no true counts, no rounding undone), and it needs no script.
 */
final class SvgChart {

    private static final int LABEL_WIDTH = 300;
    private static final int BAR_AREA = 340;
    private static final int ROW_HEIGHT = 28;

    private SvgChart() {
    }

    static String of(PublishedTable table, String column, String suppressedWords) {
        int index = columnIndex(table, column);
        List<PublishedTable.Row> rows = table.rows().stream().filter(r -> !CatalogueTable.TOTAL.equals(r.key()))
                .toList();
        long max = rows.stream().map(r -> r.cells().get(index)).filter(v -> v instanceof Number)
                .mapToLong(v -> ((Number) v).longValue()).max().orElse(0);
        int height = rows.size() * ROW_HEIGHT + 10;
        int width = LABEL_WIDTH + BAR_AREA + 90;
        String columnLabel = table.columns().get(index).label();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"portal-chart\" "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-labelledby=\"chart-%s-title\">",
                width, height, table.table()));
        svg.append("<title id=\"chart-").append(table.table()).append("-title\">")
                .append(escape(table.title() + ": " + columnLabel + ", " + table.periodLabel()
                        + ". The same figures are in the table."))
                .append("</title>");
        int y = 5;
        for (PublishedTable.Row row : rows) {
            Object value = row.cells().get(index);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"portal-chart__label\">%s</text>",
                    LABEL_WIDTH - 8, y + 18, escape(row.label())));
            if (value instanceof Number number) {
                long width1 = max == 0 ? 0 : Math.round((double) number.longValue() * BAR_AREA / max);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"portal-chart__bar\"/>",
                        LABEL_WIDTH, y + 4, width1, ROW_HEIGHT - 8));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"portal-chart__value\">%d</text>",
                        LABEL_WIDTH + width1 + 6, y + 18, number.longValue()));
            } else {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"portal-chart__value\">%s</text>",
                        LABEL_WIDTH + 6, y + 18, escape(value + " " + suppressedWords)));
            }
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    private static int columnIndex(PublishedTable table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).key().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table.table() + " has no column " + column);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
