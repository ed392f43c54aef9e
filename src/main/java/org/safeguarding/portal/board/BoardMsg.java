package org.safeguarding.portal.board;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The board's pages ({@link BoardPageResource}); the words inside the tables are in {@code board-
 * tables.properties} ({@code reporting.TableLabels}).
 * <p>In {@code messages/board.properties}; templates use {@code {board:key}} (docs/pages.md: one bundle per feature).
 */
@MessageBundle(value = "board", locale = "en")
public interface BoardMsg {

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

    // Why a statistic is not offered (reporting.disclosure.query.RefusedRequestException names one of these).

    @Message
    String refused_day_or_week();

    @Message
    String refused_date_range();

    @Message
    String refused_not_a_period();

    @Message
    String refused_minimum_maximum();

    @Message
    String refused_other_statistic();

    @Message
    String refused_exclusion_filter();

    @Message
    String refused_unknown_dimension();

    @Message
    String refused_grain();

    @Message
    String refused_range_words();

    @Message
    String refused_grouping();

    @Message
    String refused_statistic_parameter();

    @Message
    String refused_table_filter();
}
