package org.safeguarding.portal.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * A records request or a complaint (its words, for those allowed to read the case), and when it was answered; a
 * complaint about a line of the survivor's access list names that line ({@code aboutAccess}, null otherwise).
 */
public record RequestView(UUID id, String kind, String text, Instant madeAt, Instant answeredAt,
        AboutAccess aboutAccess) {
    public boolean isComplaint() {
        return "COMPLAINT".equals(kind);
    }
}
