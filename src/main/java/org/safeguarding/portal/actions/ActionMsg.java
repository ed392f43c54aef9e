package org.safeguarding.portal.actions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.cases.ClosureReason;

/**
 * The case's action pages (claim, move, how often to contact; the feature pages share their frame), the record's
 * links to every action page and what each says once done.
 * <p>In {@code messages/actions.properties}; templates use {@code {actions:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "actions", locale = "en")
public interface ActionMsg {

    @Message
    String record_claim();

    @Message
    String workflow_heading();

    @Message
    String workflow_to();

    @Message
    String workflow_reason();

    @Message
    String workflow_reason_hint();

    @Message
    String workflow_survivor_reasons();

    @Message
    String workflow_survivor_reasons_hint();

    @Message
    String workflow_move();

    @Message
    String workflow_paused();

    @Message
    String workflow_none();

    @Message
    String workflow_history();

    @Message
    String workflow_change();

    @Message
    String workflow_by();

    @Message
    String workflow_why();

    @Message
    String workflow_exit_plan();

    @Message
    String record_contact_every();

    @Message
    String record_contact_every_hint();

    @Message
    String record_contact_every_save();

    @Message
    String workflow_closure_reason();

    @Message
    String workflow_closure_reason_hint();

    @Message
    String workflow_closure_reason_label();

    @Message
    String closure_reason(ClosureReason closureReason);

    @Message
    String workflow_history_submitted();

    @Message
    String workflow_by_caseworker();

    @Message
    String actions_heading();

    @Message
    String action_back_to_record();

    @Message
    String action_claim_heading();

    @Message
    String action_claim_hint();

    @Message
    String action_move();

    @Message
    String action_screening();

    @Message
    String action_onward();

    @Message
    String action_onward_update();

    @Message
    String action_onward_final();

    @Message
    String action_message();

    @Message
    String action_note();

    @Message
    String action_contact_frequency();

    @Message
    String action_request_answer();

    @Message
    String action_change();

    @Message
    String done_title();

    @Message
    String done_claim();

    @Message
    String done_transition();

    @Message
    String done_contact_frequency();

    @Message
    String done_screening();

    @Message
    String done_onward();

    @Message
    String done_onward_status();

    @Message
    String done_message();

    @Message
    String done_note();

    @Message
    String done_request();
}
