package org.safeguarding.portal.screening;

/** Whom a case is about, as screened. Stored by name. */
public enum SubjectType {
    /** An adult telling us about exploitation in the past. */
    ADULT_NON_RECENT,
    /** A child who may be at risk now. */
    CHILD_AT_RISK,
    /** An adult's past and a child at risk now. */
    BOTH;

    public boolean childAtRisk() {
        return this != ADULT_NON_RECENT;
    }
}
