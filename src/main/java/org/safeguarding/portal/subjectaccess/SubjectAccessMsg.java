package org.safeguarding.portal.subjectaccess;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The survivor's copy of their records: the copy's own words (fixed when it is prepared), the caseworkers' review and
 * release pages, the survivor's downloads page, and what the survivor is told when the copy is released.
 * <p>In {@code messages/subjectaccess.properties}; templates use {@code {subjectaccess:key}} (docs/pages.md: one
 * bundle per feature).
 */
@MessageBundle(value = "subjectaccess", locale = "en")
public interface SubjectAccessMsg {

    @Message
    String copy_section_account();

    @Message
    String copy_section_messages();

    @Message
    String copy_section_timeline();

    @Message
    String copy_section_contact();

    @Message
    String copy_section_promises();

    @Message
    String copy_section_onward();

    @Message
    String copy_section_closure();

    @Message
    String copy_section_requests();

    @Message
    String copy_section_notes();

    @Message
    String copy_section_access();

    @Message
    String copy_section_empty();

    @Message
    String copy_item_account();

    @Message
    String copy_nothing_written();

    @Message
    String copy_item_intake_answers();

    @Message
    String copy_item_addition();

    @Message
    String copy_item_you_wrote();

    @Message
    String copy_item_we_wrote();

    @Message
    String copy_item_we_told_you();

    @Message
    String copy_override_reason();

    @Message
    String copy_item_status();

    @Message
    String copy_move_reason();

    @Message
    String copy_item_plan_in_force();

    @Message
    String copy_item_plan_earlier();

    @Message
    String copy_safe_times();

    @Message
    String copy_item_consent();

    @Message
    String copy_item_promise();

    @Message
    String copy_waiver_reason();

    @Message
    String copy_item_onward();

    @Message
    String copy_onward_override();

    @Message
    String copy_item_closure_written();

    @Message
    String copy_item_note();

    @Message
    String copy_item_access();

    @Message
    String withhold_reason(WithholdReason reason);

    @Message
    String copy_pdf_title(String reference);

    @Message
    String copy_pdf_subject();

    @Message
    String copy_pdf_author();

    @Message
    String copy_pdf_heading();

    @Message
    String copy_pdf_reference(String reference);

    @Message
    String copy_pdf_prepared(String when);

    @Message
    String copy_pdf_intro();

    @Message
    String copy_withheld_heading();

    @Message
    String copy_withheld_intro();

    @Message
    String copy_nothing_withheld();

    @Message
    String copy_col_section();

    @Message
    String copy_col_why();

    @Message
    String copy_ico(String url);

    @Message
    String copy_ready_tell(String until);

    @Message
    String copy_nothing_withheld_tell();

    @Message
    String copy_withheld_tell();

    @Message
    String copy_withheld_count_tell(int count, String why);

    @Message
    String copy_ico_tell(String url);

    @Message
    String copy_my_link();

    @Message
    String copy_my_title();

    @Message
    String copy_my_heading();

    @Message
    String copy_my_intro();

    @Message
    String copy_my_none();

    @Message
    String copy_my_asked(String when);

    @Message
    String copy_my_checking();

    @Message
    String copy_my_ready(String until);

    @Message
    String copy_my_expired(String when);

    @Message
    String copy_my_pdf();

    @Message
    String copy_my_json();

    @Message
    String copy_my_back();

    @Message
    String copy_review_link();

    @Message
    String copy_review_title(String reference);

    @Message
    String copy_review_heading();

    @Message
    String copy_review_prepared(String when);

    @Message
    String copy_review_intro();

    @Message
    String copy_stage(RecordsCopy.Stage stage);

    @Message
    String copy_withheld_tag();

    @Message
    String copy_withhold_link();

    @Message
    String copy_finish_review();

    @Message
    String copy_finish_review_hint();

    @Message
    String copy_release();

    @Message
    String copy_release_hint();

    @Message
    String copy_release_other();

    @Message
    String copy_released_on(String when, String until);

    @Message
    String copy_expired_on(String when);

    @Message
    String copy_done_title();

    @Message
    String copy_done_withheld();

    @Message
    String copy_done_reviewed();

    @Message
    String copy_done_released();

    @Message
    String copy_back();

    @Message
    String copy_withhold_title(String reference);

    @Message
    String copy_withhold_heading();

    @Message
    String copy_reason_label();

    @Message
    String copy_explanation_label();

    @Message
    String copy_explanation_hint();

    @Message
    String copy_withhold_button();

    @Message
    String copy_error_reason_required();

    @Message
    String copy_error_explanation_required();

    @Message
    String copy_error_explanation_too_long();

    @Message
    String copy_review_finished();

    @Message
    String copy_item_already_withheld();

    @Message
    String copy_not_reviewed();

    @Message
    String copy_already_released();

    @Message
    String copy_same_person_release();

    @Message
    String request_records_answered_by_release();
}
