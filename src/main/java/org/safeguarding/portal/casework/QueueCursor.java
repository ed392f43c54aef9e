package org.safeguarding.portal.casework;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Keyset pagination of the triage queue: the position after the last case shown (its opening time and id), so a
 * page costs the same however deep it is and a case opened meanwhile is neither skipped nor shown twice.
 */
public record QueueCursor(Instant openedAt, UUID id) {

    static QueueCursor after(SurvivorCase last) {
        return new QueueCursor(last.openedAt, last.id);
    }

    /** Opaque in URLs. */
    public String encoded() {
        String raw = openedAt.getEpochSecond() + ":" + openedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** A cursor from a URL; anything malformed is simply the first page. */
    public static Optional<QueueCursor> parse(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 100) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split(":");
            return Optional.of(new QueueCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]),
                    Long.parseLong(parts[1])), UUID.fromString(parts[2])));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
