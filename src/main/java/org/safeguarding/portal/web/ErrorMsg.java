package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What went wrong: the error pages, the API's problem titles, and every field error and refusal the code raises.
 * Code names these by key at run time ({@code core.FieldError}, {@code core.Refused}), so they are in one bundle
 * that the error tags ({@code {errors:message(key)}}) and {@code core.Messages} both know.
 * <p>In {@code messages/errors.properties}; templates use {@code {errors:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "errors", locale = "en")
public interface ErrorMsg {

    @Message
    String error_summary_title();

    @Message
    String error_prefix();

    @Message
    String error_contact_required();

    @Message
    String error_contact_both();

    @Message
    String error_safe_times_too_long();

    @Message
    String error_code_word_too_long();

    @Message
    String error_account_too_long();

    @Message
    String error_idempotency_key();

    @Message
    String error_anonymous_idempotency_key();

    @Message
    String error_message_required();

    @Message
    String error_message_too_long();

    @Message
    String error_note_required();

    @Message
    String error_note_too_long();

    @Message
    String error_reason_too_long();

    @Message
    String error_note_flagged();

    @Message
    String error_unknown_assignee();

    @Message
    String error_403_heading();

    @Message
    String error_403_body();

    @Message
    String error_404_heading();

    @Message
    String error_404_body();

    @Message
    String error_413_heading();

    @Message
    String error_413_body();

    @Message
    String error_429_heading();

    @Message
    String error_429_body();

    @Message
    String error_429_wait(long minutes);

    @Message
    String error_other_heading();

    @Message
    String error_other_body();

    @Message
    String error_reference();

    @Message
    String error_home_link();

    @Message
    String problem_title_400();

    @Message
    String problem_title_401();

    @Message
    String problem_title_403();

    @Message
    String problem_title_404();

    @Message
    String problem_title_405();

    @Message
    String problem_title_406();

    @Message
    String problem_title_409();

    @Message
    String problem_title_413();

    @Message
    String problem_title_415();

    @Message
    String problem_title_422();

    @Message
    String problem_title_429();

    @Message
    String problem_title_500();

    @Message
    String error_transition_to_required();

    @Message
    String problem_concurrent_change();

    @Message
    String problem_idempotency_key_reused();

    @Message
    String error_screening_subject_required();

    @Message
    String error_screening_danger_required();

    @Message
    String error_screening_risk_required();

    @Message
    String error_screening_police_required();

    @Message
    String error_screening_override_needs_child();

    @Message
    String error_screening_override_needs_rationale();

    @Message
    String error_partner_required();

    @Message
    String error_onward_status_required();

    @Message
    String contact_refused_paused();

    @Message
    String contact_refused_do_not_contact();

    @Message
    String contact_refused_no_contact();

    @Message
    String contact_refused_channel();

    @Message
    String error_break_glass_reason_required();

    @Message
    String error_break_glass_explanation_required();

    @Message
    String contact_refused_time();

    @Message
    String error_phone_invalid();

    @Message
    String error_email_invalid();

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
    String onward_refused_no_consent();

    @Message
    String onward_refused_override_reason();

    @Message
    String onward_refused_transition();

    @Message
    String record_break_glass_required();

    @Message
    String break_glass_own_review();

    @Message
    String workflow_refused_CLOSURE_REASON_REQUIRED();

    @Message
    String error_screening_classification_required();

    @Message
    String error_screening_classification_needs_rationale();

    @Message
    String error_waiver_reason_required();

    @Message
    String commitment_not_waivable();

    @Message
    String commitment_not_running();

    @Message
    String error_complaint_required();

    @Message
    String request_already_answered();

    @Message
    String error_contact_days();

    @Message
    String about_error_ward_unknown();

    // The records' pages (retention/): legal holds and the disposal list.
    @Message
    String error_hold_category_required();

    @Message
    String error_hold_reason_required();

    @Message
    String error_hold_reason_too_long();

    @Message
    String error_hold_reference_unknown();

    @Message
    String error_removal_reason_required();

    @Message
    String error_disposal_items_required();
}
