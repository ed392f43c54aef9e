package org.safeguarding.portal.intake.referrer;

/**
 * Who told the hub: the survivor themselves, family or a friend, or a professional by type. Stored by name; the
 * board counts referrals by it (reporting/Catalogue).
 */
public enum ToldBy {
    SURVIVOR,
    FAMILY_OR_FRIEND,
    POLICE,
    SCHOOL,
    HEALTH,
    CHILDRENS_SOCIAL_CARE,
    VOLUNTARY_ORGANISATION,
    OTHER_PROFESSIONAL;

    /** Whether someone other than the survivor told us: then the case is the survivor's, never the referrer's. */
    public boolean isSomeoneElse() {
        return this != SURVIVOR;
    }
}
