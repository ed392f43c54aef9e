package org.safeguarding.portal.intake;

/** How old the person was when it happened. Stored by name. */
public enum AgeBand {
    UNDER_13,
    AGE_13_15,
    AGE_16_17,
    ADULT,
    PREFER_NOT_TO_SAY
}
