package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the page frame, in {@code messages/layout.properties}: every page's tab title ({@code title_…}; pages
 * set {@code {#title}{layout:title_…}{/title}} and the layout adds the service name) and what Exit this page announces
 * ({@code exit_…}). A title shows in the tab, the history and the task switcher, where someone else may read it, so
 * survivors' titles ({@code title_survivor_…}) stay neutral (TemplateConventionTest holds it) while staff and board
 * titles say what the page is. A page showing an error summary starts its title with {@code title_error}. A bundle of
 * its own for the reason given on {@link StaffMsg}.
 */
@MessageBundle(value = "layout", locale = "en")
public interface LayoutMsg {

    /** "Question 3 of 7": an intake step. */
    @Message
    String title_survivor_question(int step, int questions);

    @Message
    String title_error();

    @Message
    String title_survivor_start();

    @Message
    String title_survivor_signed_out();

    @Message
    String title_survivor_my_cases();

    @Message
    String title_survivor_case();

    @Message
    String title_survivor_contact_plan();

    @Message
    String title_survivor_consents();

    @Message
    String title_survivor_check();

    @Message
    String title_survivor_receipt_start();

    @Message
    String title_survivor_receipt_code();

    @Message
    String title_survivor_receipt_come_back();

    @Message
    String title_survivor_charter();

    @Message
    String title_survivor_error_403();

    @Message
    String title_survivor_error_404();

    @Message
    String title_survivor_error_413();

    @Message
    String title_survivor_error_429();

    @Message
    String title_survivor_error_other();

    @Message
    String title_staff_queue();

    /** "Case record ABCDE-FGHJK – Casework". */
    @Message
    String title_staff_record(String reference);

    // The record's action pages, one thing per page: "Screening, case ABCDE-FGHJK – Casework".

    @Message
    String title_staff_claim(String reference);

    @Message
    String title_staff_transition(String reference);

    @Message
    String title_staff_contact_frequency(String reference);

    @Message
    String title_staff_screening(String reference);

    @Message
    String title_staff_onward(String reference);

    @Message
    String title_staff_onward_status(String reference);

    @Message
    String title_staff_message(String reference);

    @Message
    String title_staff_note(String reference);

    @Message
    String title_staff_request(String reference);

    @Message
    String title_staff_break_glass();

    @Message
    String title_staff_break_glass_review();

    @Message
    String title_staff_escalations();

    @Message
    String title_board_periods();

    /** "April 2025 to March 2026 – Board statistics". */
    @Message
    String title_board_period(String period);

    @Message
    String title_board_table(String table, String period);

    @Message
    String title_board_report(String period);

    @Message
    String title_board_refused();

    @Message
    String exit_activated();

    @Message
    String exit_timed_out();

    @Message
    String exit_press_two_more_times();

    @Message
    String exit_press_one_more_time();
}
