package org.safeguarding.portal.access;

import java.time.Instant;
import java.util.UUID;

/** A break-glass opening awaiting review: case reference, who, when, why. */
public record BreakGlassView(UUID id, UUID caseId, String reference, String openedBy, Instant openedAt,
        BreakGlassReason reason, String explanation, boolean ownOpening) {
}
