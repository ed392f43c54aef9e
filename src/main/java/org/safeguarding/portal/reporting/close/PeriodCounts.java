package org.safeguarding.portal.reporting.close;

import java.util.List;
import java.util.Map;

/**
 * A period's true counts, before protection: per cell (see {@link CatalogueTable#cell}), the per-survivor values each
 * median is taken over (numbers only), and how many survivors were left out because they asked not to be counted.
 * Kept only in {@code report_basis}; never served.
 */
public record PeriodCounts(Map<String, Long> counts, Map<String, List<Long>> samples, long leftOut) {

    public PeriodCounts {
        // In the catalogue's order, so the same counts always give the same table and the same pattern.
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        samples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(samples));
    }
}
