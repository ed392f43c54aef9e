package org.safeguarding.portal.intake.referrer;

import java.time.Instant;

/**
 * Where a case's invitation stands, as the caseworker's record shows it: when the latest code was made and when it
 * expires (never the code: only its keyed hash is kept), and when the survivor took the case over.
 */
public record InvitationState(Stage stage, Instant madeAt, Instant expiresAt, Instant acceptedAt) {

    public enum Stage {
        /** Someone else's referral, and no code made yet. */
        NONE,
        /** A code that still opens the case. */
        OUTSTANDING,
        /** The latest code expired unused: a new one is needed. */
        EXPIRED,
        /** The case is its survivor's (or was never someone else's referral). */
        ACCEPTED
    }

    public boolean outstanding() {
        return stage == Stage.OUTSTANDING;
    }

    public boolean accepted() {
        return stage == Stage.ACCEPTED;
    }

    /** The caseworker may make a (new) code: the case still waits for its survivor. */
    public boolean invitable() {
        return stage != Stage.ACCEPTED;
    }
}
