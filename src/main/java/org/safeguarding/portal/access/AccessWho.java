package org.safeguarding.portal.access;

/**
 * Who read or changed a survivor's case, as the survivor is told it. Only their own assigned worker is named; any
 * other member of staff is a role, never a name or an identifier.
 */
public enum AccessWho {
    /** The survivor, signed in. */
    YOU,
    /** A session opened with the case's receipt code: the survivor, or whoever holds the code. */
    RECEIPT_CODE,
    /** The caseworker the case is assigned to now (named on the list). */
    YOUR_WORKER,
    /** Any other caseworker. */
    HUB_CASEWORKER,
    /** A caseworker who declared an emergency reason to open a colleague's case ("break-glass"). */
    EMERGENCY_CASEWORKER,
    /**
     * The hub's team lead acting as a lead (deciding an erasure request, holding or disposing of records): a role of
     * its own, since those decisions are theirs alone. A lead reading a case as a caseworker is a caseworker.
     */
    HUB_LEAD,
    /** Anyone else the log names (no such role today): said plainly rather than left out. */
    SOMEONE_ELSE
}
