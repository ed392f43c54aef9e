package org.safeguarding.portal.charter;

/** Where one promise on one case stands. Stored by name. */
public enum CommitmentStatus {
    /** The clock is running. */
    PENDING,
    /** Kept: when, by whom, by which event. */
    MET,
    /** Its time ran out (when it became overdue is kept); escalated. */
    MISSED,
    /** The survivor said they did not want it, with their reason (only a waivable promise). */
    WAIVED,
    /** The survivor paused the case: the clock waits with the time it had left. */
    PAUSED,
    /** The case closed while it was still running: no longer owed, and not counted in the board's rates. */
    ENDED
}
