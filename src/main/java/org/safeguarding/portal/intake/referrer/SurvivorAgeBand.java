package org.safeguarding.portal.intake.referrer;

/**
 * The survivor's age now, as a referrer knows it when they do not know the years: not the intake's age at harm
 * (a referrer may not know when it happened), and "not known" rather than "rather not say". Stored by name.
 */
public enum SurvivorAgeBand {
    UNDER_13,
    AGE_13_15,
    AGE_16_17,
    ADULT,
    NOT_KNOWN
}
