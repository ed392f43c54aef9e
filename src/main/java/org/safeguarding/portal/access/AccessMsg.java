package org.safeguarding.portal.access;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Opening a colleague's case (break-glass) and reviewing those openings.
 * <p>In {@code messages/access.properties}; templates use {@code {access:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "access", locale = "en")
public interface AccessMsg {

    @Message
    String break_glass_review_link();

    @Message
    String break_glass_heading();

    @Message
    String break_glass_intro();

    @Message
    String break_glass_reason();

    /** Why a caseworker opened a colleague's case: {@code reason_$<CONSTANT>}. */
    @Message
    String reason(BreakGlassReason breakGlassReason);

    @Message
    String break_glass_explanation();

    @Message
    String break_glass_open();

    @Message
    String break_glass_review_heading();

    @Message
    String break_glass_review_intro();

    @Message
    String break_glass_who();

    @Message
    String break_glass_mark();

    @Message
    String break_glass_none();
}
