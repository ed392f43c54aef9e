package org.safeguarding.portal.rights;

/**
 * What a lead may decide to erase on a survivor's request: what the law lets the hub erase from a record it must
 * otherwise keep (docs/records.md). Everything else is restricted instead. Stored by name: never rename a constant.
 */
public enum ErasureCategory {
    /** The survivor's unsent drafts of an account (never part of a case). */
    DRAFTS,
    /** How to reach the survivor: the contact plan's phone, e-mail, safe times and code word. */
    CONTACT_DETAILS,
    /** The account of an anonymous case that nobody on staff has read or acted on. */
    ANONYMOUS_CASE
}
