package org.safeguarding.portal.board;

import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.ReportStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.safeguarding.portal.reporting.disclosure.query.CatalogueFilters;
import org.safeguarding.portal.reporting.disclosure.query.PeriodGrain;
import org.safeguarding.portal.reporting.disclosure.query.RefusedRequestException;
import org.safeguarding.portal.reporting.disclosure.query.Statistic;

/**
 * What a board request may ask: a published period and a catalogue table, nothing else. Tables are published whole,
 * so any query parameter is refused, each kind with the reason the rules give (design/disclosure-control.md): a free
 * date range, a day or a week, a minimum or maximum, an exclusion filter, a dimension outside the catalogue. Saying
 * why matters: a board member should learn what the statistics can answer, not guess at a silent empty result.
 */
final class BoardRequests {

    private static final Set<String> RANGE_WORDS = Set.of("from", "to", "start", "end", "since", "until", "before",
            "after", "date", "dates", "range", "between", "day");
    private static final Set<String> GRAIN_WORDS = Set.of("grain", "group", "groupby", "group_by", "by", "interval",
            "granularity", "per", "period_type");
    private static final Set<String> STATISTIC_WORDS = Set.of("statistic", "stat", "measure", "aggregate", "summary");
    private static final CatalogueFilters FILTERS = new CatalogueFilters(Set.of("source", "subject", "status", "risk",
            "commitment", "partner", "age", "age_band"));

    private BoardRequests() {
    }

    /**
     * The period a board request names, if it is published.
     *
     * @throws RefusedRequestException for a query parameter, a day, a week or a range, with why
     * @throws NotFoundException for a calendar period not closed yet
     */
    static ReportPeriod publishedPeriod(ReportStore store, String periodId, UriInfo uri) {
        refuseQueries(uri.getQueryParameters());
        ReportPeriod period = ReportPeriod.parse(periodId);
        if (store.latestRelease(period).isEmpty()) {
            throw new NotFoundException();
        }
        return period;
    }

    /** @throws RefusedRequestException for any query parameter, with why */
    static void refuseQueries(MultivaluedMap<String, String> query) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey().strip().toLowerCase(Locale.ROOT);
            String value = parameter.getValue().isEmpty() ? "" : parameter.getValue().get(0);
            if (RANGE_WORDS.contains(name)) {
                throw new RefusedRequestException("refused_range_words");
            }
            if (GRAIN_WORDS.contains(name)) {
                PeriodGrain.parse(value);
                throw new RefusedRequestException("refused_grouping");
            }
            if (STATISTIC_WORDS.contains(name) || name.startsWith("min") || name.startsWith("max")) {
                Statistic.parse(STATISTIC_WORDS.contains(name) ? value : name);
                throw new RefusedRequestException("refused_statistic_parameter");
            }
            filters.put(name, value);
        }
        if (!filters.isEmpty()) {
            FILTERS.check(filters);
            throw new RefusedRequestException("refused_table_filter");
        }
    }
}
