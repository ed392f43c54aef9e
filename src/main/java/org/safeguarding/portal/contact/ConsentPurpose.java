package org.safeguarding.portal.contact;

/** What a survivor may agree to, one purpose at a time. Stored by name. */
public enum ConsentPurpose {
    /** Sharing with the police. */
    POLICE,
    /** Sharing with health services. */
    HEALTH,
    /** Referral to an Independent Sexual Violence Adviser. */
    ISVA,
    /** Sharing with other partner agencies. */
    PARTNERS,
    /** Being counted in the board's anonymised statistics. */
    STATISTICS
}
