package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the page frame: every page's tab title ({@code title_…}; pages set {@code
 * {#title}{layout:title_…}{/title}} and the layout adds the service name), the header, navigation, footer, quick
 * exit and what Exit this page announces ({@code exit_…}), and the session timeout warning. A title shows in the
 * tab, the history and the task switcher, where someone else may read it, so survivors' titles ({@code
 * title_survivor_…}) stay neutral (TemplateConventionTest holds it) while staff and board titles say what the page
 * is. A page showing an error summary starts its title with {@code title_error}.
 * <p>In {@code messages/layout.properties}; templates use {@code {layout:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "layout", locale = "en")
public interface LayoutMsg {

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
    String nav_leave();

    @Message
    String timeout_warning();

    @Message
    String title_error();

    /** "Question 3 of 7": an intake step. */
    @Message
    String title_survivor_question(int step, int questions);

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
    String title_survivor_receipt_replace();

    @Message
    String title_survivor_receipt_replaced();

    @Message
    String title_survivor_receipt_come_back();

    @Message
    String title_survivor_charter();

    @Message
    String title_survivor_accessibility();

    @Message
    String title_survivor_privacy();

    @Message
    String title_survivor_cookies();

    @Message
    String title_staff_find();

    @Message
    String title_survivor_access();

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
