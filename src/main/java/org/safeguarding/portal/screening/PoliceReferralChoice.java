package org.safeguarding.portal.screening;

/** The police-referral choice recorded at screening (charter C7). Stored by name. */
public enum PoliceReferralChoice {
    /** Offered; the survivor wants the police told. */
    SURVIVOR_AGREED,
    /** Offered; the survivor does not want the police told, and that is respected. */
    SURVIVOR_DECLINED,
    /** Not offered yet (for example, no safe contact so far). */
    NOT_YET_ASKED,
    /** The police are told without agreement because a child is at risk; the rationale is recorded and explained. */
    CHILD_RISK_OVERRIDE
}
