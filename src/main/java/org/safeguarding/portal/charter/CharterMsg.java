package org.safeguarding.portal.charter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.cases.events.Milestone;

/**
 * The Survivor's Charter: its public page ({@link CharterPageResource}), the promises on a case as the survivor
 * and the hub read them, and which event met each one.
 * <p>In {@code messages/charter.properties}; templates use {@code {charter:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "charter", locale = "en")
public interface CharterMsg {

    @Message
    String record_promises_heading();

    @Message
    String record_promise();

    @Message
    String record_promise_due();

    @Message
    String record_promise_outcome();

    @Message
    String record_promise_evidence();

    @Message
    String charter_event(Milestone milestone);

    @Message
    String promises_heading();

    @Message
    String promises_intro();

    @Message
    String promises_charter_link();

    @Message
    String promises_col_promise();

    @Message
    String promises_col_due();

    @Message
    String promises_col_happened();

    @Message
    String promises_clock_stopped();

    @Message
    String promises_done_late();

    @Message
    String promises_waive();

    @Message
    String promises_waive_reason();

    @Message
    String promises_waive_confirm();

    @Message
    String promises_none();

    @Message
    String commitment_status(CommitmentStatus commitmentStatus);

    @Message
    String charter_intro();

    @Message
    String charter_caption();

    @Message
    String charter_col_promise();

    @Message
    String charter_col_can_waive();

    @Message
    String charter_version_label();

    @Message
    String charter_effective_from();
}
