package org.safeguarding.portal.cases;

/**
 * Where a case stands in the workflow of product.md. The main line runs from {@link #SUBMITTED} to {@link #CLOSED};
 * {@link #REOPENED} takes a closed case back without the survivor retelling anything; the three side states hold a
 * case aside and return it to where it was. Each status has plain words for survivors in the message bundle
 * ({@code status_<NAME>}). Stored by name. What may follow what is decided by {@link Workflow}.
 */
public enum CaseStatus {
    SUBMITTED,
    ACKNOWLEDGED,
    SCREENING,
    ASSIGNED,
    NEEDS_ASSESSMENT,
    SUPPORT_PLAN,
    ACTIVE,
    REVIEW,
    CLOSURE_PROPOSED,
    CLOSED,
    REOPENED,
    /** The survivor asked for a break: no contact, and the charter's clocks wait, until they resume. Theirs alone. */
    PAUSED_BY_SURVIVOR,
    /** Contact would be unsafe or the survivor said no: nothing goes out until a caseworker lifts it. */
    DO_NOT_CONTACT,
    /** Raised to a manager or a multi-agency meeting; the case waits at its main-line status. */
    ESCALATED,
    /**
     * The survivor withdrew the case ("I no longer want the hub to act"): the charter's promises end, nothing moves it
     * but the survivor asking again (then {@link #REOPENED}). The record is kept under the retention schedule.
     */
    WITHDRAWN;

    /** Whether the case is held aside from the main line (and returns to a main-line status afterwards). */
    public boolean isSideState() {
        return this == PAUSED_BY_SURVIVOR || this == DO_NOT_CONTACT || this == ESCALATED;
    }
}
