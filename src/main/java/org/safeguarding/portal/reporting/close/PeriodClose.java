package org.safeguarding.portal.reporting.close;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import org.jboss.logging.Logger;
import org.safeguarding.portal.reporting.Catalogue;
import org.safeguarding.portal.reporting.CatalogueTable;
import org.safeguarding.portal.reporting.PublishedTable;
import org.safeguarding.portal.reporting.Release;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.ReportStore;
import org.safeguarding.portal.reporting.disclosure.DisclosureControl;
import org.safeguarding.portal.reporting.disclosure.ProtectedTable;
import org.safeguarding.portal.reporting.disclosure.Table;

/**
 * Closes a period into a release: aggregates, protects, stores, once.
 *
 * <ul>
 * <li>A <b>month</b> is aggregated from the records ({@link MonthAggregation}).</li>
 * <li>A <b>quarter</b> is built from its months' frozen counts and a <b>year</b> from its quarters', so a late record
 * cannot reach a closed period through its quarter; each is protected together with the periods inside it, whose
 * published pattern is fixed, so one release cannot be subtracted from another.</li>
 * <li>The <b>annual re-base</b> recomputes a year's months from the records as they stand, protects the whole year
 * (months, quarters, year) as one system, and publishes it as release 2, labelled.</li>
 * </ul>
 *
 * <p>Safe to run twice and on two instances: each close takes a transaction-scoped advisory lock and does nothing for
 * a release that exists. A table that fails verification throws, and nothing of the period is stored.
 */
@ApplicationScoped
public class PeriodClose {

    private static final Logger LOG = Logger.getLogger(PeriodClose.class);
    /** The advisory lock all closes share ("report" in ASCII). */
    private static final long LOCK = 0x7265706f7274L;
    /**
     * A close is one transaction, so nothing of a period is stored unless all of it is. A year's close or re-base
     * aggregates twelve months in it (minutes at 1,000,000 cases), and a year of small numbers has many hidden cells
     * to verify: both take longer than the default minute, after which the whole close was rolled back.
     */
    private static final int CLOSE_TIMEOUT_SECONDS = 30 * 60;

    private final EntityManager em;
    private final MonthAggregation aggregation;
    private final DisclosureControl control;
    private final TablePublisher publisher;
    private final ReportStore store;
    private final ReleaseWriter releases;
    private final Catalogue catalogue;

    PeriodClose(EntityManager em, MonthAggregation aggregation, DisclosureControl control, TablePublisher publisher,
            ReportStore store, ReleaseWriter releases, Catalogue catalogue) {
        this.catalogue = catalogue;
        this.em = em;
        this.aggregation = aggregation;
        this.control = control;
        this.publisher = publisher;
        this.store = store;
        this.releases = releases;
    }

    /**
     * Closes the period's first release, and first the periods inside it that are not closed yet.
     *
     * @return whether this call closed it (false: it was closed already)
     */
    @Transactional
    @TransactionConfiguration(timeout = CLOSE_TIMEOUT_SECONDS)
    public boolean close(ReportPeriod period, Instant asOf) {
        lock();
        return closeLocked(period, asOf);
    }

    /**
     * The annual re-base of a year whose first releases are all closed: release 2 of its months, quarters and the
     * year, from the records as they stand at {@code asOf}.
     *
     * @return whether this call made it (false: the year was re-based already)
     */
    @Transactional
    @TransactionConfiguration(timeout = CLOSE_TIMEOUT_SECONDS)
    public boolean rebase(int year, Instant asOf) {
        lock();
        ReportPeriod yearPeriod = ReportPeriod.year(year);
        if (store.exists(yearPeriod, Release.REBASE)) {
            return false;
        }
        closeLocked(yearPeriod, asOf);
        Map<ReportPeriod, PeriodCounts> months = new LinkedHashMap<>();
        for (ReportPeriod quarter : yearPeriod.parts()) {
            for (ReportPeriod month : quarter.parts()) {
                months.put(month, aggregation.aggregate(month, asOf));
            }
        }
        Map<ReportPeriod, PeriodCounts> truths = yearFromMonths(yearPeriod, months);
        ProtectionSystem system = system(truths);
        ProtectedTable protectedCells = control.protect(system.table(), system.forcedHidden());
        truths.forEach((period, counts) -> publish(period, Release.REBASE, counts, protectedCells, asOf));
        LOG.infof("Re-based %s: %d releases", yearPeriod, truths.size());
        return true;
    }

    /** A year's months, with its quarters and the year summed from them: the annual re-base's periods, in order. */
    Map<ReportPeriod, PeriodCounts> yearFromMonths(ReportPeriod year, Map<ReportPeriod, PeriodCounts> months) {
        Map<ReportPeriod, PeriodCounts> truths = new LinkedHashMap<>();
        for (ReportPeriod quarter : year.parts()) {
            quarter.parts().forEach(month -> truths.put(month, months.get(month)));
            truths.put(quarter, PeriodSystem.combine(catalogue, quarter, quarter.parts().stream().map(months::get)
                    .toList()));
        }
        truths.put(year, PeriodSystem.combine(catalogue, year, year.parts().stream().map(truths::get).toList()));
        return truths;
    }

    /** Periods protected together, none released before: their tables, time links and the cells that must hide. */
    record ProtectionSystem(Table table, Map<String, Boolean> forcedHidden) {
    }

    /**
     * The periods' true counts as one system to protect: every table of each, the time links of each period with
     * parts, and, forced hidden, the ward breakdowns that cannot be shown.
     */
    ProtectionSystem system(Map<ReportPeriod, PeriodCounts> truths) {
        Table.Builder builder = Table.builder();
        Map<String, Boolean> forcedHidden = new LinkedHashMap<>();
        truths.forEach((period, counts) -> {
            PeriodSystem.addPeriod(catalogue, builder, period, counts);
            if (!period.parts().isEmpty()) {
                PeriodSystem.addTimeLinks(catalogue, builder, period);
            }
            breakdownsNotAvailable(period, counts).forEach(cell -> forcedHidden.put(cell, true));
        });
        return new ProtectionSystem(builder.build(), forcedHidden);
    }

    private boolean closeLocked(ReportPeriod period, Instant asOf) {
        if (store.exists(period, Release.FIRST)) {
            return false;
        }
        if (!asOf.isAfter(period.end())) {
            throw new IllegalArgumentException(period + " has not ended");
        }
        Table.Builder builder = Table.builder();
        Map<String, Boolean> released = new LinkedHashMap<>();
        PeriodCounts truth;
        if (period.parts().isEmpty()) {
            truth = aggregation.aggregate(period, asOf);
        } else {
            List<PeriodCounts> parts = new ArrayList<>();
            for (ReportPeriod part : period.parts()) {
                closeLocked(part, asOf);
                parts.add(addReleased(builder, part, released));
            }
            truth = PeriodSystem.combine(catalogue, period, parts);
            PeriodSystem.addTimeLinks(catalogue, builder, period);
        }
        PeriodSystem.addPeriod(catalogue, builder, period, truth);
        breakdownsNotAvailable(period, truth).forEach(cell -> released.put(cell, true));
        ProtectedTable protectedCells = control.protect(builder.build(), released);
        publish(period, Release.FIRST, truth, protectedCells, asOf);
        LOG.infof("Closed %s", period);
        return true;
    }

    /**
     * Adds a closed period (and the closed periods inside it) to the system with its frozen counts, and notes which of
     * its cells were published hidden; returns its counts.
     */
    private PeriodCounts addReleased(Table.Builder builder, ReportPeriod period, Map<String, Boolean> released) {
        for (ReportPeriod part : period.parts()) {
            addReleased(builder, part, released);
        }
        if (!period.parts().isEmpty()) {
            PeriodSystem.addTimeLinks(catalogue, builder, period);
        }
        ReleaseWriter.Basis basis = releases.basis(period, Release.FIRST);
        PeriodSystem.addPeriod(catalogue, builder, period, basis.counts());
        basis.counts().counts().keySet().forEach(cell -> released.put(cell, basis.hidden().contains(cell)));
        return basis.counts();
    }

    /**
     * The breakdowns the drill-down rule withholds before protection: a row's children (a locality's wards) are shown
     * only if every one is 0 or at least K; otherwise none is shown, and the page says the breakdown is not available.
     * Their non-zero cells go into protection as hidden; their zeros are treated as known (the stricter assumption:
     * a zero tells nothing about anyone, and a hidden cell known to be 0 could never pass the verifier).
     */
    private List<String> breakdownsNotAvailable(ReportPeriod period, PeriodCounts truth) {
        List<String> hidden = new ArrayList<>();
        for (CatalogueTable table : catalogue.tables()) {
            table.children().forEach((row, children) -> {
                for (String column : table.shownColumns()) {
                    List<String> cells = children.stream().map(c -> table.cell(period, c, column)).toList();
                    if (cells.stream().anyMatch(c -> control.policy().isSmall(truth.counts().get(c)))) {
                        children.forEach(c -> table.shownColumns().stream().map(k -> table.cell(period, c, k))
                                .filter(cell -> truth.counts().get(cell) > 0).forEach(hidden::add));
                    }
                }
            });
        }
        return hidden;
    }

    /**
     * The cells of the period as published: those protection hid, and every non-zero child of a breakdown one of whose
     * children it hid (hiding more never reveals anything, and a breakdown with a gap is not offered at all).
     */
    private Set<String> hiddenAsPublished(ReportPeriod period, PeriodCounts truth, ProtectedTable cells) {
        Set<String> hidden = new LinkedHashSet<>();
        for (String cell : truth.counts().keySet()) {
            if (cells.cell(cell).isSuppressed()) {
                hidden.add(cell);
            }
        }
        for (CatalogueTable table : catalogue.tables()) {
            for (String row : table.withheldBreakdowns(period, hidden)) {
                table.shownColumns().stream().map(column -> table.cell(period, row, column))
                        .filter(cell -> truth.counts().get(cell) > 0).forEach(hidden::add);
            }
        }
        return hidden;
    }

    private void publish(ReportPeriod period, Release release, PeriodCounts truth, ProtectedTable cells,
            Instant closedAt) {
        Set<String> hidden = hiddenAsPublished(period, truth, cells);
        List<PublishedTable> tables = catalogue.tables().stream()
                .map(table -> publisher.publish(period, release, table, cells, hidden, truth)).toList();
        releases.insert(period, release, closedAt, truth, hidden, tables);
    }

    private void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
    }
}
