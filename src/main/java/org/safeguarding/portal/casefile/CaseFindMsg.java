package org.safeguarding.portal.casefile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the queue's search box, the page that says no case has a reference, and the queue's page links.
 * <p>In {@code messages/casefind.properties}; templates use {@code {casefind:key}}.
 */
@MessageBundle(value = "casefind", locale = "en")
public interface CaseFindMsg {

    @Message
    String find_label();

    @Message
    String find_hint();

    @Message
    String find_button();

    @Message
    String find_heading();

    @Message
    String find_none(String reference);

    @Message
    String find_not_a_reference();

    @Message
    String find_none_blank();

    @Message
    String find_back();

    @Message
    String queue_previous();
}
