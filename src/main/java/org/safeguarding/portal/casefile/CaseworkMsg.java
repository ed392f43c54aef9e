package org.safeguarding.portal.casefile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.cases.CaseStatus;

/**
 * The hub's triage queue, the case record and the escalations page ({@link CaseQueueResource}), as caseworkers
 * read them; each section of the record that belongs to a feature takes its words from that feature's bundle.
 * <p>In {@code messages/casework.properties}; templates use {@code {casework:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "casework", locale = "en")
public interface CaseworkMsg {

    @Message
    String col_received();

    @Message
    String col_age_days();

    @Message
    String record_answers_heading();

    @Message
    String record_consent_history_heading();

    @Message
    String col_purpose();

    @Message
    String col_answer();

    @Message
    String consent_withdrawn();

    @Message
    String queue_pages();

    @Message
    String queue_next();

    @Message
    String record_assignee();

    @Message
    String record_unassigned();

    @Message
    String queue_heading();

    @Message
    String queue_empty();

    @Message
    String queue_caption();

    @Message
    String record_heading();

    @Message
    String record_audited();

    @Message
    String record_account_heading();

    @Message
    String back_to_queue();

    @Message
    String col_risk();

    @Message
    String record_access();

    @Message
    String queue_filter_open();

    @Message
    String queue_filter_any();

    @Message
    String queue_filter_anyone();

    @Message
    String queue_filter_me();

    @Message
    String queue_filter_unassigned();

    @Message
    String queue_filter_apply();

    @Message
    String queue_urgent();

    @Message
    String queue_next_due();

    @Message
    String queue_breached();

    @Message
    String queue_filter_overdue();

    @Message
    String escalations_link();

    @Message
    String escalations_heading();

    @Message
    String escalations_intro();

    @Message
    String escalations_done_late();

    @Message
    String escalations_open();

    @Message
    String escalations_none();

    /** A case's status in the hub's words (never the constant's name): {@code case_status_$<CONSTANT>}. */
    @Message
    String case_status(CaseStatus caseStatus);
}
