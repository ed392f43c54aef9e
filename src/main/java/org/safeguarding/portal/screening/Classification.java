package org.safeguarding.portal.screening;

/**
 * What a screening found the case to be. Every referral reaches this service as a disclosure of exploitation, so any
 * other classification moves the case away from exploitation and needs the caseworker's written rationale: the
 * inquiries found exploitation relabelled as "consensual" or a "lifestyle choice", and the board counts these moves
 * (its "denial detector"). Stored by name in {@code case_screening.classification}.
 */
public enum Classification {
    EXPLOITATION,
    OTHER_SEXUAL_ABUSE,
    OTHER_HARM,
    NO_HARM_IDENTIFIED;

    /** Whether recording this classification needs a written rationale. */
    public boolean needsRationale() {
        return this != EXPLOITATION;
    }
}
