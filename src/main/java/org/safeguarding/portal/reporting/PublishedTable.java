package org.safeguarding.portal.reporting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A protected table as the board sees it, in the API, on the page, in the CSV and in the report: labels, and cells
 * that are each a whole number or {@code "[c]"}. Made once when a period closes and stored as JSON; everything the
 * board reaches is read from that. It has no field that could hold a person, a date finer than a month, or free text.
 *
 * @param columns the columns shown, including any total, rate or median column
 * @param rows each row's label and cells, in column order
 * @param notes plain-language notes: who is counted, and how many asked not to be (when that may be said)
 * @param legend what {@code [c]} and the rounding mean
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PublishedTable(String period, String periodLabel, int release, String releaseLabel, String table,
        String title, String caption, String unit, String rowHeader, List<Column> columns, List<Row> rows,
        List<String> notes, List<String> legend) {

    /** A column: its key, its label, and what its numbers are (survivors, promises, notes, percent, working days). */
    public record Column(String key, String label, String unit) {
    }

    /** A row: its key, its label, and one value per column, each a whole number or "[c]". */
    public record Row(String key, String label, List<Object> cells) {
    }
}
