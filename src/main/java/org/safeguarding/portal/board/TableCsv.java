package org.safeguarding.portal.board;

import org.safeguarding.portal.reporting.PublishedTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A published table as CSV: the listed columns only, one line per row, then the legend and the notes, so the symbols
 * travel with the numbers (design/disclosure-control.md, "Exports"). Made from the stored table alone, so it holds
 * nothing the JSON does not.
 */
final class TableCsv {

    private TableCsv() {
    }

    static String of(PublishedTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of(table.title() + " (" + table.periodLabel() + ", " + table.releaseLabel() + ")"));
        List<String> header = new ArrayList<>(List.of(table.rowHeader()));
        table.columns().forEach(c -> header.add(c.label() + " (" + c.unit() + ")"));
        line(csv, header);
        for (PublishedTable.Row row : table.rows()) {
            List<String> values = new ArrayList<>(List.of(row.label()));
            row.cells().forEach(cell -> values.add(String.valueOf(cell)));
            line(csv, values);
        }
        csv.append("\r\n");
        table.legend().forEach(text -> line(csv, List.of(text)));
        table.notes().forEach(text -> line(csv, List.of(text)));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(values.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so no spreadsheet reads a label as a formula. */
    private static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
