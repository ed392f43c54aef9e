package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.onward.OnwardReferralStatus;

/**
 * The words of the hub's own pages (caseworkers), in {@code messages/staff.properties}; templates use
 * {@code {staff:key}}. A bundle of its own because Quarkus 3.34 generates invalid bytecode for a bundle of more than
 * 300 messages (it splits the resolver and the split chunk fails verification), and because it keeps survivor and
 * staff wording apart.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMsg {

    /** A case's status in the hub's words (never the constant's name): {@code case_status_$<NAME>} per constant. */
    @Message
    String case_status(CaseStatus status);

    /**
     * An onward referral's status in the hub's words: {@code onward_status_<NAME>} per constant (Qute adds the
     * {@code $} only for an enum with an underscore in a constant).
     */
    @Message
    String onward_status(OnwardReferralStatus status);

    @Message
    String workflow_history_submitted();

    @Message
    String workflow_by_caseworker();

    @Message
    String record_requests_heading();

    @Message
    String col_risk();

    @Message
    String risk_HIGH();

    @Message
    String risk_MEDIUM();

    @Message
    String risk_LOW();

    @Message
    String risk_UNSCREENED();

    @Message
    String record_access();

    @Message
    String workflow_heading();

    @Message
    String workflow_to();

    @Message
    String workflow_reason();

    @Message
    String workflow_reason_hint();

    @Message
    String workflow_survivor_reasons();

    @Message
    String workflow_survivor_reasons_hint();

    @Message
    String workflow_move();

    @Message
    String workflow_paused();

    @Message
    String workflow_none();

    @Message
    String workflow_history();

    @Message
    String workflow_change();

    @Message
    String workflow_by();

    @Message
    String workflow_why();

    @Message
    String workflow_refused_NOT_ALLOWED();

    @Message
    String workflow_refused_PAUSED_BY_SURVIVOR();

    @Message
    String workflow_refused_NEEDS_SCREENING();

    @Message
    String workflow_refused_NEEDS_ASSIGNEE();

    @Message
    String workflow_refused_MASH_OUTCOME_NEEDED();

    @Message
    String workflow_refused_SAME_PERSON_SIGN_OFF();

    @Message
    String workflow_refused_REASON_REQUIRED();

    @Message
    String workflow_refused_SURVIVOR_REASONS_REQUIRED();

    @Message
    String screening_heading();

    @Message
    String screening_record();

    @Message
    String screening_subject();

    @Message
    String subject_type_ADULT_NON_RECENT();

    @Message
    String subject_type_CHILD_AT_RISK();

    @Message
    String subject_type_BOTH();

    @Message
    String screening_danger();

    @Message
    String screening_facts();

    @Message
    String override_IMMEDIATE_DANGER();

    @Message
    String override_CHILD_EXPLOITATION();

    @Message
    String override_CHILD_UNDER_13();

    @Message
    String override_LEARNING_DISABILITY();

    @Message
    String screening_enhanced();

    @Message
    String screening_risk();

    @Message
    String screening_risk_hint();

    @Message
    String screening_police();

    @Message
    String police_SURVIVOR_AGREED();

    @Message
    String police_SURVIVOR_DECLINED();

    @Message
    String police_NOT_YET_ASKED();

    @Message
    String police_CHILD_RISK_OVERRIDE();

    @Message
    String screening_rationale();

    @Message
    String screening_rationale_hint();

    @Message
    String screening_save();

    @Message
    String onward_heading();

    @Message
    String onward_none();

    @Message
    String onward_partner();

    @Message
    String onward_basis();

    @Message
    String onward_basis_consent();

    @Message
    String onward_basis_override();

    @Message
    String onward_next();

    @Message
    String onward_update();

    @Message
    String onward_propose_partner();

    @Message
    String onward_propose();

    @Message
    String onward_override_reason();

    @Message
    String onward_override_hint();

    @Message
    String partner_POLICE();

    @Message
    String partner_ISVA();

    @Message
    String partner_HEALTH();

    @Message
    String partner_MASH();

    @Message
    String partner_VOLUNTARY_SECTOR();

    @Message
    String onward_refused_no_consent();

    @Message
    String onward_refused_override_reason();

    @Message
    String onward_refused_transition();

    @Message
    String onward_mash_override_reason();

    @Message
    String record_message_channel();

    @Message
    String record_message_channel_hint();

    @Message
    String record_message_override();

    @Message
    String queue_filter_open();

    @Message
    String queue_filter_any();

    @Message
    String queue_filter_anyone();

    @Message
    String queue_filter_me();

    @Message
    String queue_filter_unassigned();

    @Message
    String queue_filter_apply();

    @Message
    String queue_urgent();

    @Message
    String break_glass_review_link();

    @Message
    String break_glass_heading();

    @Message
    String break_glass_intro();

    @Message
    String break_glass_reason();

    @Message
    String break_glass_reason_COVERING_FOR_ASSIGNED_WORKER();

    @Message
    String break_glass_reason_URGENT_SAFEGUARDING_CONCERN();

    @Message
    String break_glass_reason_SURVIVOR_CONTACTED_US();

    @Message
    String break_glass_reason_SUPERVISION_OR_AUDIT();

    @Message
    String break_glass_explanation();

    @Message
    String break_glass_open();

    @Message
    String record_break_glass_required();

    @Message
    String break_glass_review_heading();

    @Message
    String break_glass_review_intro();

    @Message
    String break_glass_who();

    @Message
    String break_glass_mark();

    @Message
    String break_glass_none();

    @Message
    String break_glass_own_review();

    @Message
    String record_promises_heading();

    @Message
    String record_promise();

    @Message
    String record_promise_due();

    @Message
    String record_promise_outcome();

    @Message
    String record_promise_evidence();

    @Message
    String workflow_exit_plan();

    @Message
    String record_message_preferences();

    @Message
    String record_message_decision();

    @Message
    String queue_next_due();

    @Message
    String queue_breached();

    @Message
    String queue_filter_overdue();

    @Message
    String escalations_link();

    @Message
    String escalations_heading();

    @Message
    String escalations_intro();

    @Message
    String escalations_done_late();

    @Message
    String escalations_open();

    @Message
    String escalations_none();

    @Message
    String charter_event_SUBMITTED();

    @Message
    String charter_event_ACCOUNT_RECORDED();

    @Message
    String charter_event_ACKNOWLEDGED();

    @Message
    String charter_event_WORKER_ASSIGNED();

    @Message
    String charter_event_FIRST_CONTACT();

    @Message
    String charter_event_PREFERENCES_ASKED();

    @Message
    String charter_event_CASEWORKER_CONTACT();

    @Message
    String charter_event_NEEDS_ASSESSED();

    @Message
    String charter_event_DECISION();

    @Message
    String charter_event_DECISION_EXPLAINED();

    @Message
    String charter_event_SCREENED();

    @Message
    String charter_event_POLICE_CHOICE_RECORDED();

    @Message
    String charter_event_ENHANCED_RIGHTS_RECORDED();

    @Message
    String charter_event_CLOSURE_PROPOSED();

    @Message
    String charter_event_EXIT_PLAN_AGREED();

    @Message
    String charter_event_RECORDS_REQUESTED();

    @Message
    String charter_event_RECORDS_PROVIDED();

    @Message
    String charter_event_COMPLAINT_MADE();

    @Message
    String charter_event_COMPLAINT_ACKNOWLEDGED();

    @Message
    String requests_none();

    @Message
    String request_acknowledge_complaint();

    @Message
    String request_records_provided();

    @Message
    String record_contact_every();

    @Message
    String record_contact_every_hint();

    @Message
    String record_contact_every_save();

    @Message
    String charter_event_REOPENED();

    @Message
    String workflow_closure_reason();

    @Message
    String workflow_closure_reason_hint();

    @Message
    String workflow_closure_reason_label();

    @Message
    String workflow_refused_CLOSURE_REASON_REQUIRED();

    @Message
    String closure_reason_SUPPORT_COMPLETED();

    @Message
    String closure_reason_SURVIVOR_CHOSE_TO_END();

    @Message
    String closure_reason_NO_CONTACT_POSSIBLE();

    @Message
    String closure_reason_TRANSFERRED_TO_ANOTHER_SERVICE();

    @Message
    String closure_reason_MOVED_OUT_OF_AREA();

    @Message
    String closure_reason_NO_FURTHER_ACTION_AFTER_SCREENING();

    @Message
    String screening_classification();

    @Message
    String screening_classification_hint();

    @Message
    String classification_EXPLOITATION();

    @Message
    String classification_OTHER_SEXUAL_ABUSE();

    @Message
    String classification_OTHER_HARM();

    @Message
    String classification_NO_HARM_IDENTIFIED();

    @Message
    String error_screening_classification_required();

    @Message
    String error_screening_classification_needs_rationale();

    // The record's links to its action pages, and the notification each one leaves on the record once done.

    @Message
    String actions_heading();

    @Message
    String action_back_to_record();

    @Message
    String action_claim_heading();

    @Message
    String action_claim_hint();

    @Message
    String action_move();

    @Message
    String action_screening();

    @Message
    String action_onward();

    @Message
    String action_onward_update();

    @Message
    String action_onward_final();

    @Message
    String action_message();

    @Message
    String action_note();

    @Message
    String action_contact_frequency();

    @Message
    String action_request_answer();

    @Message
    String action_change();

    @Message
    String done_title();

    @Message
    String done_claim();

    @Message
    String done_transition();

    @Message
    String done_contact_frequency();

    @Message
    String done_screening();

    @Message
    String done_onward();

    @Message
    String done_onward_status();

    @Message
    String done_message();

    @Message
    String done_note();

    @Message
    String done_request();
}
