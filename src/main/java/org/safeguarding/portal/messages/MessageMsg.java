package org.safeguarding.portal.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The messages between a survivor and the hub, as each side reads them ({@code templates/messages.html}, {@link
 * MessagePages}), and the neutral notice that a new one is waiting.
 * <p>In {@code messages/messages.properties}; templates use {@code {messages:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "messages", locale = "en")
public interface MessageMsg {

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
    String record_message_overridden();

    @Message
    String notice_subject();

    @Message
    String notice_body();

    @Message
    String record_message_channel();

    @Message
    String record_message_channel_hint();

    @Message
    String record_message_override();

    @Message
    String record_message_preferences();

    @Message
    String record_message_decision();
}
