package org.safeguarding.portal.cases.events;

/**
 * What happens on a case that starts or meets a charter commitment. Raised by the services that do the thing (never
 * entered by hand), named in the charter's data file. Stored by name: never rename a constant, add a new one.
 */
public enum Milestone {
    /** The survivor's account arrived. */
    SUBMITTED,
    /** The account was kept as the survivor wrote it (the language check guards every note after it). */
    ACCOUNT_RECORDED,
    /** The hub moved the case to ACKNOWLEDGED: the survivor has been told we have it. */
    ACKNOWLEDGED,
    /** A caseworker claimed the case or was given it: the survivor is told their name. */
    WORKER_ASSIGNED,
    /** The hub's first message or recorded contact with the survivor. */
    FIRST_CONTACT,
    /** A contact in which the caseworker asked about worker gender, language and contact preferences. */
    PREFERENCES_ASKED,
    /** Any message or recorded contact from the hub to the survivor. */
    CASEWORKER_CONTACT,
    /** The needs assessment is done (the case moved on to a support plan). */
    NEEDS_ASSESSED,
    /** A decision about the case: a screening outcome, a proposal to close. */
    DECISION,
    /** A message that explains a decision in writing and how to challenge it. */
    DECISION_EXPLAINED,
    /** A screening was recorded. */
    SCREENED,
    /** The screening recorded the survivor's police-referral choice (or the override and why). */
    POLICE_CHOICE_RECORDED,
    /** The screening recorded whether the survivor is entitled to enhanced rights. */
    ENHANCED_RIGHTS_RECORDED,
    /** Closure was proposed. */
    CLOSURE_PROPOSED,
    /** An exit plan was agreed with the survivor at closure. */
    EXIT_PLAN_AGREED,
    /** A closed case was reopened: a renewing promise (keeping in touch) runs again. */
    REOPENED,
    /** The survivor asked for their records. */
    RECORDS_REQUESTED,
    /** The hub provided them. */
    RECORDS_PROVIDED,
    /** The survivor complained. */
    COMPLAINT_MADE,
    /** The hub acknowledged the complaint and gave the Ombudsman route. */
    COMPLAINT_ACKNOWLEDGED
}
