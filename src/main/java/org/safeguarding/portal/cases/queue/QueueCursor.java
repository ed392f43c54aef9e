package org.safeguarding.portal.cases.queue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Keyset pagination of the triage queue: the position after the last case shown (breach, risk rank, nearest charter
 * deadline and id: the queue's order), so a page costs the same however deep it is and a case opened meanwhile is neither skipped
 * nor shown twice.
 */
public record QueueCursor(short breachRank, short riskRank, Instant nextDueAt, UUID id) {

    static QueueCursor after(QueueRow last) {
        return new QueueCursor(last.breachRank(), last.riskRank(), last.nextDueAt(), last.id());
    }

    /** Opaque in URLs. */
    public String encoded() {
        String raw = breachRank + ":" + riskRank + ":" + nextDueAt.getEpochSecond() + ":" + nextDueAt.getNano() + ":"
                + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** A cursor from a URL; anything malformed is simply the first page. */
    public static Optional<QueueCursor> parse(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 100) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split(":");
            return Optional.of(new QueueCursor(Short.parseShort(parts[0]), Short.parseShort(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3])), UUID.fromString(parts[4])));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
