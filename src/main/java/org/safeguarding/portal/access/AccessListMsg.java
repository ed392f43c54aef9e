package org.safeguarding.portal.access;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.audit.AuditAction;

/**
 * The survivor's list of who read and changed their case, and "I don't think this should have happened" on an
 * entry. The words of an entry (what, who, why) are the survivor's: no staff name but their own worker's.
 * <p>In {@code messages/accesslist.properties}; templates use {@code {accesslist:key}} (docs/pages.md: one bundle per
 * feature). Every audit action needs its words here ({@code what_$<CONSTANT>}): the build fails without them.
 */
@MessageBundle(value = "accesslist", locale = "en")
public interface AccessListMsg {

    /** What was done, in the survivor's words: {@code what_$<CONSTANT>}. */
    @Message
    String what(AuditAction auditAction);

    /** A line written by a newer version of the portal, whose action this one has no words for. */
    @Message
    String what_other();

    /** Who, as a role: {@code who_$<CONSTANT>}. */
    @Message
    String who(AccessWho accessWho);

    @Message
    String who_your_worker_named(String name);

    /** Why: {@code why_$<CONSTANT>}. */
    @Message
    String why(AccessPurpose accessPurpose);

    @Message
    String why_emergency(String reason);

    /** The reason category a caseworker declared, in the survivor's words: {@code emergency_reason_$<CONSTANT>}. */
    @Message
    String emergency_reason(BreakGlassReason breakGlassReason);

    @Message
    String access_link();

    @Message
    String access_link_hint();

    @Message
    String access_heading();

    @Message
    String access_intro();

    @Message
    String access_worker_note();

    @Message
    String access_caption();

    @Message
    String access_col_who();

    @Message
    String access_col_what();

    @Message
    String access_col_why();

    @Message
    String access_none();

    @Message
    String access_more();

    @Message
    String access_question();

    @Message
    String access_question_intro();

    @Message
    String access_question_label();

    @Message
    String access_question_hint();

    @Message
    String access_question_button();

    @Message
    String access_question_sent_title();

    @Message
    String access_question_sent();

    @Message
    String access_back_to_case();

    @Message
    String access_complaint_about();

    @Message
    String access_complaint_about_hub();
}
