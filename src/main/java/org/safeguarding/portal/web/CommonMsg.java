package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words many pages share, whatever their feature: table headings, yes and no, and the visually hidden "Warning".
 * <p>In {@code messages/common.properties}; templates use {@code {common:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "common", locale = "en")
public interface CommonMsg {

    @Message
    String warning();

    @Message
    String col_reference();

    @Message
    String col_status();

    @Message
    String answer_risk_yes();

    @Message
    String answer_risk_no();

    @Message
    String col_when();
}
