package org.safeguarding.portal.security.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The proxies whose {@code X-Forwarded-For} entries are believed ({@code PORTAL_TRUSTED_PROXIES}): a comma-separated
 * list of IP addresses and CIDR ranges, or {@code none} when clients connect to the service directly. Host names are
 * refused: a trust decision must not hang on a DNS answer.
 */
public final class TrustedProxies {

    /** The value that says there is no proxy: every client is its socket address. */
    public static final String NONE = "none";

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses the configured value; throws IllegalArgumentException naming the first entry that is not a range. */
    public static TrustedProxies parse(String configured) {
        if (configured == null || configured.isBlank() || configured.trim().toLowerCase(Locale.ROOT).equals(NONE)) {
            return new TrustedProxies(List.of());
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : configured.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.trim()));
            }
        }
        return new TrustedProxies(ranges);
    }

    /** Why the configured value cannot be used, or empty (for ProductionSecretsGuard). */
    public static Optional<String> problemWith(String configured) {
        try {
            parse(configured);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** True when the address (an IP literal) is one of the trusted proxies. */
    public boolean contains(String address) {
        Optional<byte[]> bytes = ClientAddress.literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] network = ClientAddress.literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "PORTAL_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR range (or none)"));
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException(
                            "PORTAL_TRUSTED_PROXIES: '" + entry + "' has no valid prefix length");
                }
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
