package org.safeguarding.portal.contact;

import java.time.Instant;

/** One recorded answer; {@code previous} is the answer it replaced (a withdrawal: GRANTED to anything else). */
public record ConsentChange(ConsentPurpose purpose, ConsentDecision decision, ConsentDecision previous,
        Instant at, String byRole) {
    public boolean isWithdrawal() {
        return previous == ConsentDecision.GRANTED && decision != ConsentDecision.GRANTED;
    }
}
