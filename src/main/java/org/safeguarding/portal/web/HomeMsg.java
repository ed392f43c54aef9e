package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the public start page and the signed-out page ({@link HomeResource}).
 * <p>In {@code messages/home.properties}; templates use {@code {home:key}} (docs/pages.md: one bundle per feature).
 */
@MessageBundle(value = "home", locale = "en")
public interface HomeMsg {

    @Message
    String start_heading();

    @Message
    String start_intro();

    @Message
    String start_safety();

    @Message
    String start_button();

    @Message
    String start_danger_heading();

    @Message
    String start_danger();

    @Message
    String signed_out_heading();

    @Message
    String signed_out_body();

    @Message
    String start_without_account();

    @Message
    String start_come_back();
}
