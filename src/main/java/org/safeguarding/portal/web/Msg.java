package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.cases.CaseStatus;

/**
 * The message bundle: every user-facing string lives in {@code messages/msg.properties}, so pages can be
 * translated without touching templates. Templates use {@code {msg:key}}; keys chosen at run time go through
 * {@link Messages}. A key listed here is checked at build time against every template that uses it.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    // The limit is the bundle's size, not where a method sits: Quarkus up to 3.38 splits the generated resolver of a
    // bundle over 300 keys (an enum parameter counts once per constant) and the split fails verification
    // (quarkusio/quarkus#55584, fixed by PR #55653 after 3.38; see MessageBundleTest and docs/pages.md).
    /** Plain-language case statuses, one key per constant: {@code status_<CONSTANT>}. */
    @Message
    String status(CaseStatus status);

    @Message
    String service_name();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_my_cases();

    @Message
    String nav_tell_us();

    @Message
    String nav_queue();

    @Message
    String nav_board();

    @Message
    String sign_in();

    @Message
    String sign_out();

    @Message
    String footer_help();

    @Message
    String quick_exit();

    @Message
    String quick_exit_hidden_prefix();

    @Message
    String quick_exit_hint();

    @Message
    String warning();

    @Message
    String start_heading();

    @Message
    String start_intro();

    @Message
    String start_safety();

    @Message
    String start_button();

    @Message
    String start_danger_heading();

    @Message
    String start_danger();

    @Message
    String signed_out_heading();

    @Message
    String signed_out_body();


    @Message
    String board_heading();

    @Message
    String board_intro();

    @Message
    String board_no_periods();

    @Message
    String board_protection_heading();

    @Message
    String board_protection_small_numbers();

    @Message
    String board_protection_rounding();

    @Message
    String board_protection_no_people();

    @Message
    String my_cases_heading();

    @Message
    String my_cases_none();

    @Message
    String my_cases_caption();

    @Message
    String col_reference();

    @Message
    String col_sent();

    @Message
    String col_received();

    @Message
    String col_status();

    @Message
    String col_age_days();

    @Message
    String received_heading();

    @Message
    String received_reference();

    @Message
    String received_next();

    @Message
    String proof_summary();

    @Message
    String proof_body();

    @Message
    String proof_label();

    @Message
    String case_heading();

    @Message
    String case_account_heading();

    @Message
    String back_to_my_cases();

    @Message
    String tell_us_heading();

    @Message
    String tell_us_hint(int maxLength);

    @Message
    String tell_us_content_warning();

    @Message
    String tell_us_send();

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
    String intake_progress(int step, int total);

    @Message
    String intake_back();

    @Message
    String intake_or();

    @Message
    String intake_who_heading();

    @Message
    String answer_subject_SELF();

    @Message
    String answer_subject_SOMEONE_ELSE();

    @Message
    String answer_rather_not_say();

    @Message
    String intake_age_heading();

    @Message
    String intake_age_hint();

    @Message
    String answer_age_UNDER_13();

    @Message
    String answer_age_AGE_13_15();

    @Message
    String answer_age_AGE_16_17();

    @Message
    String answer_age_ADULT();

    @Message
    String answer_age_PREFER_NOT_TO_SAY();

    @Message
    String intake_risk_warning();

    @Message
    String intake_risk_heading();

    @Message
    String intake_risk_hint();

    @Message
    String answer_risk_yes();

    @Message
    String answer_risk_no();

    @Message
    String intake_contact_heading();

    @Message
    String intake_contact_hint();

    @Message
    String channel_PORTAL();

    @Message
    String channel_PHONE();

    @Message
    String channel_SMS();

    @Message
    String channel_EMAIL();

    @Message
    String channel_LETTER();

    @Message
    String answer_no_contact();

    @Message
    String intake_voicemail_heading();

    @Message
    String intake_safe_times();

    @Message
    String intake_safe_times_hint();

    @Message
    String intake_code_word();

    @Message
    String intake_code_word_hint();

    @Message
    String intake_sharing_heading();

    @Message
    String intake_sharing_intro();

    @Message
    String consent_POLICE();

    @Message
    String consent_HEALTH();

    @Message
    String consent_ISVA();

    @Message
    String consent_PARTNERS();

    @Message
    String consent_STATISTICS();

    @Message
    String answer_consent_GRANTED();

    @Message
    String answer_consent_NOT_NOW();

    @Message
    String answer_consent_PREFER_NOT_TO_SAY();

    @Message
    String intake_saved_notice(String until);

    @Message
    String intake_continue();

    @Message
    String intake_delete();

    @Message
    String check_heading();

    @Message
    String check_change();

    @Message
    String check_send_intro();

    @Message
    String check_account();

    @Message
    String check_subject();

    @Message
    String check_age();

    @Message
    String check_risk();

    @Message
    String check_contact();

    @Message
    String check_code_word();

    @Message
    String answer_none();

    @Message
    String answer_voicemail_yes();

    @Message
    String answer_voicemail_no();

    @Message
    String my_cases_draft_deleted();

    @Message
    String my_cases_draft_waiting();

    @Message
    String my_cases_continue_draft();

    @Message
    String record_answers_heading();

    @Message
    String record_consent_history_heading();

    @Message
    String col_when();

    @Message
    String col_purpose();

    @Message
    String col_answer();

    @Message
    String consent_withdrawn();

    @Message
    String case_answers_heading();

    @Message
    String receipt_start_heading();

    @Message
    String receipt_start_intro();

    @Message
    String receipt_start_code();

    @Message
    String receipt_start_keep_safe();

    @Message
    String receipt_start_button();

    @Message
    String receipt_come_back_link();

    @Message
    String receipt_code_heading();

    @Message
    String receipt_code_once();

    @Message
    String receipt_code_warning();

    @Message
    String receipt_confirm_label();

    @Message
    String receipt_confirm_error();

    @Message
    String receipt_come_back_heading();

    @Message
    String receipt_come_back_hint();

    @Message
    String receipt_come_back_button();

    @Message
    String receipt_no_code_link();

    @Message
    String receipt_not_recognised();

    @Message
    String receipt_too_many();

    @Message
    String receipt_expired();

    @Message
    String start_without_account();

    @Message
    String start_come_back();

    @Message
    String nav_leave();

    @Message
    String error_message_required();

    @Message
    String error_message_too_long();

    @Message
    String case_worker();

    @Message
    String case_worker_none();

    @Message
    String case_pause();

    @Message
    String case_pause_hint();

    @Message
    String case_resume();

    @Message
    String case_timeline_heading();

    @Message
    String case_messages_heading();

    @Message
    String case_messages_none();

    @Message
    String case_message_you();

    @Message
    String case_message_worker();

    @Message
    String case_message_added();

    @Message
    String case_message_label();

    @Message
    String case_message_send();

    @Message
    String case_addition_label();

    @Message
    String case_addition_hint();

    @Message
    String case_addition_send();

    @Message
    String case_change_contact();

    @Message
    String case_change_consents();

    @Message
    String case_save();

    @Message
    String record_message_added();

    @Message
    String record_message_survivor();

    @Message
    String record_message_hub();

    @Message
    String record_message_label();

    @Message
    String record_message_hint();

    @Message
    String queue_pages();

    @Message
    String queue_next();

    @Message
    String error_note_required();

    @Message
    String error_note_too_long();

    @Message
    String error_reason_too_long();

    @Message
    String error_note_flagged();

    @Message
    String record_notes_heading();

    @Message
    String record_notes_none();

    @Message
    String record_note_edited();

    @Message
    String record_note_flagged();

    @Message
    String record_note_label();

    @Message
    String record_note_hint();

    @Message
    String record_note_reason();

    @Message
    String record_note_save();

    @Message
    String record_assignee();

    @Message
    String record_unassigned();

    @Message
    String record_claim();

    @Message
    String error_unknown_assignee();


    @Message
    String queue_heading();

    @Message
    String queue_empty();

    @Message
    String queue_caption();

    @Message
    String record_heading();

    @Message
    String record_audited();

    @Message
    String record_account_heading();

    @Message
    String back_to_queue();

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
    String record_message_overridden();

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
    String onward_override_tell_survivor();

    @Message
    String onward_withdrawn_tell_survivor();

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
    String intake_safe_windows();

    @Message
    String intake_safe_windows_hint();

    @Message
    String safe_window_WEEKDAY_MORNINGS();

    @Message
    String safe_window_WEEKDAY_AFTERNOONS();

    @Message
    String safe_window_WEEKDAY_EVENINGS();

    @Message
    String safe_window_WEEKEND_DAYTIME();

    @Message
    String contact_refused_time();

    @Message
    String intake_phone();

    @Message
    String intake_phone_hint();

    @Message
    String intake_email();

    @Message
    String intake_email_hint();

    @Message
    String error_phone_invalid();

    @Message
    String error_email_invalid();

    @Message
    String check_phone();

    @Message
    String check_email();

    @Message
    String notice_subject();

    @Message
    String notice_body();

    @Message
    String timeout_warning();
}
