package org.safeguarding.portal.intake.referrer;

/** Whether, as far as the referrer knows, the survivor knows of the referral. Stored by name. */
public enum SurvivorKnows {
    YES,
    NO,
    NOT_SURE
}
