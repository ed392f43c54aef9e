package org.safeguarding.portal.reporting.close;

import static org.safeguarding.portal.reporting.CatalogueTable.TOTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguarding.portal.reporting.Catalogue;
import org.safeguarding.portal.reporting.CatalogueTable;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.CatalogueTable.Time;
import org.safeguarding.portal.reporting.disclosure.Additivity;
import org.safeguarding.portal.reporting.disclosure.Table;

/**
 * The system of equations an intruder holds about a period: every catalogue table's cells with their totals, the
 * links between tables of the period, and, for a quarter or a year, the periods inside it with the relations in time
 * (a flow's quarter is the sum of its months, a stock's quarter is its last month). This is what
 * {@code DisclosureControl} protects, so a quarter cannot be subtracted from its months.
 */
final class PeriodSystem {

    private PeriodSystem() {
    }

    /** A quarter's or a year's true counts from its parts' frozen counts: flows add up, stocks are the last part's. */
    static PeriodCounts combine(Catalogue catalogue, ReportPeriod period, List<PeriodCounts> parts) {
        List<ReportPeriod> partPeriods = period.parts();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CatalogueTable table : catalogue.tables()) {
            for (String row : table.shownRows()) {
                for (String column : table.shownColumns()) {
                    long value = 0;
                    if (table.time() == Time.STOCK) {
                        value = parts.get(parts.size() - 1).counts().get(table.cell(partPeriods.get(parts.size() - 1),
                                row, column));
                    } else {
                        for (int i = 0; i < parts.size(); i++) {
                            value += parts.get(i).counts().get(table.cell(partPeriods.get(i), row, column));
                        }
                    }
                    counts.put(table.cell(period, row, column), value);
                }
            }
        }
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (PeriodCounts part : parts) {
            part.samples().forEach((key, values) -> samples.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values));
        }
        samples.values().forEach(values -> values.sort(null));
        return new PeriodCounts(counts, samples, parts.stream().mapToLong(PeriodCounts::leftOut).sum());
    }

    /** One period's cells and relations, added to {@code builder}. */
    static void addPeriod(Catalogue catalogue, Table.Builder builder, ReportPeriod period, PeriodCounts counts) {
        for (CatalogueTable table : catalogue.tables()) {
            for (String row : table.shownRows()) {
                for (String column : table.shownColumns()) {
                    String cell = table.cell(period, row, column);
                    Long count = counts.counts().get(cell);
                    if (count == null) {
                        throw new IllegalStateException("no count for " + cell);
                    }
                    builder.cell(cell, count);
                }
            }
            if (table.totalColumn()) {
                for (String row : table.shownRows()) {
                    builder.additivity(new Additivity(table.cell(period, row, TOTAL),
                            table.columns().stream().map(c -> table.cell(period, row, c)).toList()));
                }
            }
            // A row's breakdown (a locality's wards) adds up to it: that relation is in Catalogue.linksWithin.
            if (table.totalRow()) {
                for (String column : table.shownColumns()) {
                    builder.additivity(new Additivity(table.cell(period, TOTAL, column),
                            table.rows().stream().map(r -> table.cell(period, r, column)).toList()));
                }
            }
        }
        catalogue.linksWithin(period).forEach(builder::additivity);
    }

    /** The relations in time between a period and its parts. */
    static void addTimeLinks(Catalogue catalogue, Table.Builder builder, ReportPeriod period) {
        List<ReportPeriod> parts = period.parts();
        for (CatalogueTable table : catalogue.tables()) {
            for (String row : table.shownRows()) {
                for (String column : table.shownColumns()) {
                    String cell = table.cell(period, row, column);
                    builder.additivity(table.time() == Time.STOCK
                            ? Additivity.same(cell, table.cell(parts.get(parts.size() - 1), row, column))
                            : new Additivity(cell, parts.stream().map(p -> table.cell(p, row, column)).toList()));
                }
            }
        }
    }
}
