package org.safeguarding.portal.casefile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.cases.CaseStatus;

/**
 * The survivor's own case pages ({@link MyCasesResource}): their cases, a case with its timeline and what the
 * survivor can do there, and what each status means to them (staff read {@code casework:case_status}).
 * <p>In {@code messages/mycase.properties}; templates use {@code {mycase:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "mycase", locale = "en")
public interface MyCaseMsg {

    @Message
    String my_cases_heading();

    @Message
    String my_cases_none();

    @Message
    String my_cases_caption();

    @Message
    String col_sent();

    /** What each status means to the survivor: {@code status_$<CONSTANT>}. */
    @Message
    String status(CaseStatus caseStatus);

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
    String my_cases_draft_waiting();

    @Message
    String my_cases_continue_draft();

    @Message
    String my_cases_draft_deleted();

    @Message
    String case_answers_heading();

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
    String case_change_contact();

    @Message
    String case_change_consents();

    @Message
    String case_save();
}
