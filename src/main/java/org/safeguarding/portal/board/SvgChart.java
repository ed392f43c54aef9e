package org.safeguarding.portal.board;

import org.safeguarding.portal.reporting.PublishedTable;

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
        ChartBars chart = ChartBars.of(table, column);
        int height = chart.bars().size() * ROW_HEIGHT + 10;
        int width = LABEL_WIDTH + BAR_AREA + 90;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"portal-chart\" "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-labelledby=\"chart-%s-title\">",
                width, height, table.table()));
        svg.append("<title id=\"chart-").append(table.table()).append("-title\">")
                .append(escape(table.title() + ": " + chart.columnLabel() + ", " + table.periodLabel()
                        + ". The same figures are in the table."))
                .append("</title>");
        int y = 5;
        for (ChartBars.Bar bar : chart.bars()) {
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"portal-chart__label\">%s</text>",
                    LABEL_WIDTH - 8, y + 18, escape(bar.label())));
            if (bar.isShown()) {
                int length = bar.percent() * BAR_AREA / 100;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"portal-chart__bar\"/>",
                        LABEL_WIDTH, y + 4, length, ROW_HEIGHT - 8));
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" class=\"portal-chart__value\">%s</text>",
                        LABEL_WIDTH + length + 6, y + 18, bar.value()));
            } else {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" class=\"portal-chart__value\">%s</text>",
                        LABEL_WIDTH + 6, y + 18, escape(bar.value() + " " + suppressedWords)));
            }
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
