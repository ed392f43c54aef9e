package org.safeguarding.portal.audit;

/** What was done to a survivor's record. Stored by name: never rename a constant, add a new one. */
public enum AuditAction {
    /**
     * A survivor submitted an account, opening a case; or a caseworker recorded one the hub received by phone, in
     * person, by letter or e-mail (actor role caseworker, purpose {@code recorded:<CHANNEL>}, intake.ReferralService).
     */
    SUBMIT_REFERRAL,
    /** A survivor read the list of their own cases. */
    LIST_OWN_CASES,
    /** A survivor read one of their own cases. */
    VIEW_OWN_CASE,
    /** A caseworker read the triage queue (summaries only). */
    VIEW_QUEUE,
    /** A caseworker opened a case's full record. */
    VIEW_CASE,
    /** Someone opened a session on an anonymous case with its receipt code. */
    OPEN_RECEIPT_SESSION,
    /** The survivor changed their contact-safety plan. */
    CHANGE_CONTACT_PLAN,
    /** The survivor granted or withdrew consent for one or more purposes. */
    CHANGE_CONSENTS,
    /** A message was sent on a case (by the survivor or a caseworker). */
    POST_MESSAGE,
    /** The survivor added information to their account. */
    ADD_INFORMATION,
    /** The survivor paused their case ("I need a break"). */
    PAUSE_CASE,
    /** The survivor resumed their paused case. */
    RESUME_CASE,
    /** A caseworker wrote a note on a case. */
    ADD_NOTE,
    /** A caseworker changed a note (a new version; the old one is kept). */
    EDIT_NOTE,
    /** A caseworker read a case's notes. */
    VIEW_NOTES,
    /** A caseworker claimed a case or assigned it to a colleague. */
    ASSIGN_CASE,
    /** A caseworker moved a case along the workflow (or back, with a reason). */
    CHANGE_STATUS,
    /** A caseworker recorded a screening: subject, danger, risk level, enhanced rights, police-referral choice. */
    SCREEN_CASE,
    /** A caseworker declared a reason to open a case assigned to someone else ("break-glass"). */
    BREAK_GLASS,
    /** A caseworker read the list of break-glass openings, or marked one reviewed. */
    REVIEW_BREAK_GLASS,
    /** A caseworker proposed an onward referral to a partner. */
    PROPOSE_ONWARD_REFERRAL,
    /** An onward referral moved on (sent, accepted, declined, done, withdrawn). */
    CHANGE_ONWARD_REFERRAL,
    /** The survivor waived a charter promise they did not want, with their reason. */
    WAIVE_COMMITMENT,
    /** A caseworker read the list of charter breaches (references and promises, no free text). */
    VIEW_ESCALATIONS,
    /** The survivor asked for a copy of their records. */
    REQUEST_RECORDS,
    /** The survivor made a complaint. */
    COMPLAIN,
    /** A caseworker answered a records request or acknowledged a complaint. */
    ANSWER_REQUEST,
    /** A caseworker recorded how often the survivor agreed to be contacted. */
    AGREE_CONTACT_FREQUENCY,
    /** The survivor read the list of who read and changed their case. */
    VIEW_ACCESS_LIST,
    /** The holder of a receipt code replaced it, thinking someone else may have seen it: the old code opens nothing. */
    REPLACE_RECEIPT_CODE,
    /** A lead put a legal hold on a case (purpose: the category): nothing disposes of it until released. */
    SET_LEGAL_HOLD,
    /** A lead released a legal hold on a case (purpose: the category). */
    RELEASE_LEGAL_HOLD,
    /** A lead read the list of legal holds, with their reasons, or one hold. */
    LIST_LEGAL_HOLDS,
    /** A lead read the disposal list (references, rules and dates; no content). */
    LIST_DISPOSALS,
    /** A lead took a case off the disposal list, with a reason. */
    REMOVE_FROM_DISPOSAL,
    /** A lead approved a case's disposal under the retention schedule and its content was destroyed. */
    DESTROY_CASE_RECORD,
    /** A caseworker read the survivor's copy of their records, to review it or approve its release. */
    VIEW_RECORDS_COPY,
    /** A caseworker finished reviewing the survivor's copy: it waits for a second caseworker to release it. */
    FINISH_RECORDS_REVIEW,
    /** A caseworker left an item out of the survivor's copy (third-party information), with a reason. */
    WITHHOLD_RECORDS_ITEM,
    /** A second caseworker released the survivor's copy of their records to them. */
    RELEASE_RECORDS_COPY,
    /** The survivor downloaded their copy of their records. */
    DOWNLOAD_RECORDS_COPY,
    /** The survivor withdrew their case ("I no longer want the hub to act"). */
    WITHDRAW_CASE,
    /** The survivor asked the hub to act again on a case they had withdrawn: it reopened. */
    ASK_AGAIN,
    /** A caseworker marked a survivor's withdrawal as seen. */
    SEE_WITHDRAWAL,
    /** The survivor asked for their data to be erased. */
    ASK_ERASURE,
    /** A lead read a survivor's erasure request to decide it. */
    VIEW_ERASURE_REQUEST,
    /** A lead decided an erasure request: what was erased, what was restricted, and why. */
    DECIDE_ERASURE,
    /** The survivor closed their portal account (their sign-in disabled; their cases kept). */
    CLOSE_ACCOUNT,
    /** A caseworker made a one-time invitation for the survivor to take over a case someone else referred. */
    INVITE_SURVIVOR,
    /** The survivor accepted an invitation: the case someone else referred became theirs. */
    ACCEPT_INVITATION
}
