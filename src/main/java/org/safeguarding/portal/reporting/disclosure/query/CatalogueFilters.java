package org.safeguarding.portal.reporting.disclosure.query;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Filters on a board request: only a catalogue dimension equal to one of its values. "All except ward X" is the
 * borough total minus ward X, published next to the borough total it is the difference of, so negated or exclusion
 * filters of any spelling are refused, not quietly ignored.
 */
public final class CatalogueFilters {

    private static final Pattern EXCLUSION = Pattern.compile(
            "(?i)(^|[^a-z])(not|except|exclud\\w*|without|other than)([^a-z]|$)|!|<>|^-|^~");

    private final Set<String> dimensions;

    /** @param dimensions the catalogue's dimension names (ward, locality, source, status, age band...) */
    public CatalogueFilters(Set<String> dimensions) {
        this.dimensions = Set.copyOf(dimensions);
    }

    /**
     * The filters as dimension → value, after refusing anything but "dimension equals value".
     *
     * @throws RefusedRequestException for an exclusion or negation, or a dimension outside the catalogue
     */
    public Map<String, String> check(Map<String, String> requested) {
        Map<String, String> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, String> filter : requested.entrySet()) {
            String name = filter.getKey() == null ? "" : filter.getKey().strip();
            String value = filter.getValue() == null ? "" : filter.getValue().strip();
            if (EXCLUSION.matcher(name).find() || EXCLUSION.matcher(value).find()) {
                throw new RefusedRequestException("refused_exclusion_filter");
            }
            if (!dimensions.contains(name.toLowerCase(Locale.ROOT))) {
                throw new RefusedRequestException("refused_unknown_dimension");
            }
            accepted.put(name.toLowerCase(Locale.ROOT), value);
        }
        return accepted;
    }
}
