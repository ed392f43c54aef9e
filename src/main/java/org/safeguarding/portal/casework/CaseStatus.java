package org.safeguarding.portal.casework;

/**
 * Where a case stands. The full workflow (product.md) arrives with the casework issue; each status has a
 * plain-language label for survivors in the message bundle ({@code status_<NAME>}). Stored by name.
 */
public enum CaseStatus {
    /** The survivor's account has been received and no one has acted on it yet. */
    SUBMITTED,
    /** The survivor asked for a break: no contact, and the charter's clocks wait, until they resume. */
    PAUSED_BY_SURVIVOR
}
