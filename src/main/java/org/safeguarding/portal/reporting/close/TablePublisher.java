package org.safeguarding.portal.reporting.close;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.safeguarding.portal.reporting.CatalogueTable;
import org.safeguarding.portal.reporting.PublishedTable;
import org.safeguarding.portal.reporting.Release;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.TableLabels;
import org.safeguarding.portal.reporting.PublishedTable.Column;
import org.safeguarding.portal.reporting.PublishedTable.Row;
import org.safeguarding.portal.reporting.disclosure.query.AreaLevel;
import org.safeguarding.portal.reporting.disclosure.DisclosureControl;
import org.safeguarding.portal.reporting.disclosure.ProtectedTable;
import org.safeguarding.portal.reporting.disclosure.PublishedValue;
import org.safeguarding.portal.reporting.disclosure.query.Statistic;

/**
 * Turns a period's protected cells into the tables the board reads: labels from {@link TableLabels}, counts as
 * protected, and the rates and medians beside them, which follow the rules of design/disclosure-control.md and are
 * {@code [c]} whenever a count they are made of is (a rate over a hidden count would give it back).
 */
@ApplicationScoped
public class TablePublisher {

    private static final String RATE = "RATE";
    private static final String MEDIAN = "MEDIAN";

    private final DisclosureControl control;
    private final TableLabels labels;

    TablePublisher(DisclosureControl control, TableLabels labels) {
        this.control = control;
        this.labels = labels;
    }

    /**
     * @param cells the protected values
     * @param hidden the period's cells shown as {@code [c]}: those protection hid, and whole breakdowns withheld
     */
    public PublishedTable publish(ReportPeriod period, Release release, CatalogueTable table, ProtectedTable cells,
            Set<String> hidden, PeriodCounts truth) {
        String unit = labels.table(table, "unit");
        List<Column> columns = new ArrayList<>();
        for (String column : table.shownColumns()) {
            columns.add(new Column(column, labels.cell(table, column), unit));
        }
        table.rate().ifPresent(r -> columns.add(new Column(RATE, labels.cell(table, RATE), labels.text("unit_percent"))));
        if (table.median()) {
            columns.add(new Column(MEDIAN, labels.cell(table, MEDIAN), labels.text("unit_working_days")));
        }
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> withheld = table.withheldBreakdowns(period, hidden);
        for (String parent : table.children().keySet()) {
            if (table.children().get(parent).stream().anyMatch(withheld::contains)) {
                notes.add(labels.text("note_breakdown_not_available") + " " + labels.cell(table, parent) + ".");
            }
        }
        for (String row : table.shownRows()) {
            if (withheld.contains(row)) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (String column : table.shownColumns()) {
                String cell = table.cell(period, row, column);
                values.add(hidden.contains(cell) ? PublishedValue.CONFIDENTIAL : json(cells.cell(cell)));
            }
            table.rate().ifPresent(rate -> values.add(json(rate(period, table, row, rate, hidden, truth))));
            if (table.median()) {
                List<Long> sample = truth.samples().getOrDefault(table.sampleKey(row), List.of());
                values.add(json(control.summary(Statistic.MEDIAN, sample.stream().mapToLong(Long::longValue)
                        .toArray())));
            }
            rows.add(new Row(row, label(table, row), values));
        }
        // The survivors left out are known only for the borough as a whole; said only when 0 or at least K.
        control.withdrawnConsentNote(AreaLevel.BOROUGH, truth.leftOut()).ifPresentOrElse(
                n -> notes.add(labels.text("note_left_out") + " " + n.render() + "."),
                () -> notes.add(labels.text("note_left_out_small")));
        List<String> legend = new ArrayList<>(List.of(labels.text("legend_confidential"),
                labels.text("legend_rounding")));
        if (table.rate().isPresent()) {
            legend.add(labels.text("legend_percentages"));
        }
        if (table.median()) {
            legend.add(labels.text("legend_medians"));
        }
        legend.add(labels.text("legend_time"));
        return new PublishedTable(period.id(), period.label(), release.number,
                labels.release(release), table.id(),
                labels.table(table, "title"), labels.table(table, "caption"), unit, labels.table(table, "rows"),
                columns, rows, notes, legend);
    }

    /** A row's label; a breakdown's rows name their parent too ("North: Abbey"), so each row header stands alone. */
    private String label(CatalogueTable table, String row) {
        for (var parent : table.children().entrySet()) {
            if (parent.getValue().contains(row)) {
                return labels.cell(table, parent.getKey()) + ": " + labels.cell(table, row);
            }
        }
        return labels.cell(table, row);
    }

    private PublishedValue rate(ReportPeriod period, CatalogueTable table, String row, CatalogueTable.Rate rate,
            Set<String> hidden, PeriodCounts truth) {
        long numerator = 0;
        long denominator = 0;
        for (String column : rate.numerator()) {
            if (hidden.contains(table.cell(period, row, column))) {
                return PublishedValue.suppressed();
            }
            numerator += truth.counts().get(table.cell(period, row, column));
        }
        for (String column : rate.denominator()) {
            if (hidden.contains(table.cell(period, row, column))) {
                return PublishedValue.suppressed();
            }
            denominator += truth.counts().get(table.cell(period, row, column));
        }
        return control.percentage(numerator, denominator, AreaLevel.BOROUGH);
    }

    /** A number as a JSON number, {@code [c]} as the string. */
    private static Object json(PublishedValue value) {
        return value.isSuppressed() ? PublishedValue.CONFIDENTIAL : value.value().getAsLong();
    }
}
