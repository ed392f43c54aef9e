package org.safeguarding.portal.contact;

import java.time.Instant;

public record ConsentView(ConsentDecision decision, Instant since) {
}
