package org.safeguarding.portal.requests;

import java.time.Instant;
import java.util.UUID;

/** A records request or a complaint (its words, for those allowed to read the case), and when it was answered. */
public record RequestView(UUID id, String kind, String text, Instant madeAt, Instant answeredAt) {
    public boolean isComplaint() {
        return "COMPLAINT".equals(kind);
    }
}
