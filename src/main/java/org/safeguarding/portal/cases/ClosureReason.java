package org.safeguarding.portal.cases;

/**
 * Why a case is closed, chosen by the caseworker who proposes closure; the board counts closures by it. Stored by name
 * on the case ({@code survivor_case.closure_reason}) and on the change that closes it
 * ({@code case_status_change.closure_reason}).
 */
public enum ClosureReason {
    /** The support agreed with the survivor is done. */
    SUPPORT_COMPLETED,
    /** The survivor decided to stop (their choice, never recorded as "disengaged"). */
    SURVIVOR_CHOSE_TO_END,
    /** Every safe way to reach the survivor was tried and none worked. */
    NO_CONTACT_POSSIBLE,
    /** Another service now supports the survivor. */
    TRANSFERRED_TO_ANOTHER_SERVICE,
    /** The survivor moved away from the council's area. */
    MOVED_OUT_OF_AREA,
    /** Screening found nothing further for the hub to do. */
    NO_FURTHER_ACTION_AFTER_SCREENING
}
