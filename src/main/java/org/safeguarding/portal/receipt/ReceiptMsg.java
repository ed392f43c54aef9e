package org.safeguarding.portal.receipt;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Receipt codes: telling us without signing in, and coming back with a code ({@link ReceiptResource}).
 * <p>In {@code messages/receipt.properties}; templates use {@code {receipt:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "receipt", locale = "en")
public interface ReceiptMsg {

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
    String receipt_replace_link();

    @Message
    String receipt_replace_heading();

    @Message
    String receipt_replace_intro();

    @Message
    String receipt_replace_other_sessions();

    @Message
    String receipt_replace_button();

    @Message
    String receipt_replace_cancel();

    @Message
    String receipt_replaced_heading();

    @Message
    String receipt_replaced_old_code();

    @Message
    String receipt_replaced_continue();
}
