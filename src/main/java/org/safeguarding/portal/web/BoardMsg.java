package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the board's pages, in {@code messages/board.properties}; templates use {@code {board:key}}. Its own
 * bundle for the reason given on {@link StaffMsg}. The words inside the tables are in {@code board-tables.properties}.
 */
@MessageBundle(value = "board", locale = "en")
public interface BoardMsg {

    @Message
    String board_period_list_intro();

    @Message
    String board_view_report();

    @Message
    String board_months();

    @Message
    String board_quarters();

    @Message
    String board_years();

    @Message
    String board_tables_heading();

    @Message
    String board_download_csv();

    @Message
    String board_back_to_period();

    @Message
    String board_back_to_periods();

    @Message
    String board_chart_heading();

    @Message
    String board_chart_suppressed();

    @Message
    String board_report_heading();

    @Message
    String board_report_print_hint();

    @Message
    String board_report_contents();

    @Message
    String board_legend_heading();

    @Message
    String board_refused_heading();

    @Message
    String board_rebased();

    @Message
    String board_download_pdf();
}
