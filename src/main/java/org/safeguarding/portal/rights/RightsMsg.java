package org.safeguarding.portal.rights;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The survivor's choices about their own data (withdrawing a case, asking for erasure, closing the account) and the
 * staff pages that answer them. In {@code messages/rights.properties}; templates use {@code {rights:key}}.
 */
@MessageBundle(value = "rights", locale = "en")
public interface RightsMsg {

    @Message
    String title_withdraw();

    @Message
    String title_erasure();

    @Message
    String title_close_account();

    @Message
    String title_account_closed();

    @Message
    String title_withdrawals();

    @Message
    String title_erasure_requests();

    @Message
    String title_erasure_decide();

    @Message
    String choices_heading();

    @Message
    String choices_withdraw_link();

    @Message
    String choices_withdraw_hint();

    @Message
    String choices_erasure_link();

    @Message
    String choices_close_account_link();

    @Message
    String choices_ask_again();

    @Message
    String choices_ask_again_hint();

    @Message
    String withdraw_intro();

    @Message
    String withdraw_kept();

    @Message
    String withdraw_child_duty();

    @Message
    String withdraw_child_duty_tell();

    @Message
    String withdraw_confirm();

    @Message
    String withdraw_cancel();

    @Message
    String withdraw_refused_not_open();

    @Message
    String ask_again_refused_not_withdrawn();

    @Message
    String workflow_refused_WITHDRAWN_BY_SURVIVOR();

    @Message
    String workflow_refused_RESTRICTED();

    @Message
    String contact_refused_withdrawn();

    @Message
    String erasure_intro();

    @Message
    String erasure_what_law_allows();

    @Message
    String erasure_words_label();

    @Message
    String erasure_ask();

    @Message
    String erasure_asked();

    @Message
    String erasure_asked_staff();

    @Message
    String erasure_due();

    @Message
    String erasure_decided();

    @Message
    String erasure_waiting();

    @Message
    String erasure_none();

    @Message
    String erasure_already_asked();

    @Message
    String erasure_already_decided();

    @Message
    String erasure_refused_not_allowed();

    @Message
    String erasure_reasons_required();

    @Message
    String erasure_reasons_label();

    @Message
    String erasure_categories_legend();

    @Message
    String erasure_category(ErasureCategory category);

    @Message
    String erasure_not_allowed_now();

    @Message
    String erasure_decide();

    @Message
    String erasure_decided_tell();

    @Message
    String erasure_decided_nothing_erased();

    @Message
    String erasure_decided_erased();

    @Message
    String erasure_decided_restricted();

    @Message
    String erasure_decided_reasons();

    @Message
    String erasure_decided_ico();

    @Message
    String erasure_requests_none();

    @Message
    String erasure_col_case();

    @Message
    String erasure_col_made();

    @Message
    String erasure_col_due();

    @Message
    String erasure_overdue();

    @Message
    String erasure_open();

    @Message
    String erasure_survivor_words();

    @Message
    String restricted_banner();

    @Message
    String withdrawals_none();

    @Message
    String withdrawals_intro();

    @Message
    String withdrawals_col_when();

    @Message
    String withdrawals_child();

    @Message
    String withdrawals_seen();

    @Message
    String withdrawal_already_seen();

    @Message
    String close_account_intro();

    @Message
    String close_account_come_back();

    @Message
    String close_account_confirm();

    @Message
    String close_account_cancel();

    @Message
    String close_account_unavailable();

    @Message
    String account_closed_body();

    @Message
    String account_closed_come_back();
}
