package org.safeguarding.portal.access;

/** Why a case was read or changed, as the survivor is told it; derived from the audit line, never free text. */
public enum AccessPurpose {
    /** The survivor's own doing (or their receipt code's). */
    OWN_ACTION,
    /** An unassigned case, read to decide who supports the survivor and how urgently. */
    TRIAGE,
    /** The worker the case was assigned to at the time. */
    ASSIGNED_WORKER,
    /** A second caseworker reviewing a proposal to close the case. */
    CLOSURE_REVIEW,
    /** A second caseworker checking the copy of the survivor's records before it is released to them. */
    RECORDS_RELEASE_REVIEW,
    /** A colleague's case opened with a declared reason; the reason category goes with it. */
    BREAK_GLASS,
    /** A colleague checking an emergency opening of the case afterwards. */
    EMERGENCY_REVIEW,
    /** Taking the case on, or passing it to a colleague. */
    ASSIGNMENT,
    /** A decision that is the team lead's alone: an erasure request, a legal hold, the disposal of old records. */
    LEAD_DECISION,
    /** Work on the case the log gives no narrower reason for. */
    CASEWORK
}
