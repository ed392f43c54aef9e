package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words about the Survivor's Charter (its page, the promises on a case) and about records requests and
 * complaints, in {@code messages/charter.properties}; templates use {@code {charter:key}}. Its own bundle for the
 * reason given on {@link StaffMsg}: a bundle must stay under what the Qute build can generate.
 */
@MessageBundle(value = "charter", locale = "en")
public interface CharterMsg {

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
    String commitment_status_PENDING();

    @Message
    String commitment_status_MET();

    @Message
    String commitment_status_MISSED();

    @Message
    String commitment_status_WAIVED();

    @Message
    String commitment_status_PAUSED();

    @Message
    String error_waiver_reason_required();

    @Message
    String commitment_not_waivable();

    @Message
    String commitment_not_running();

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

    @Message
    String requests_heading();

    @Message
    String requests_records_asked();

    @Message
    String requests_complaint_made();

    @Message
    String requests_answered();

    @Message
    String requests_waiting();

    @Message
    String requests_records_hint();

    @Message
    String requests_records_button();

    @Message
    String requests_complaint_summary();

    @Message
    String requests_complaint_label();

    @Message
    String requests_complaint_hint();

    @Message
    String requests_complaint_button();

    @Message
    String error_complaint_required();

    @Message
    String request_already_answered();

    @Message
    String request_records_provided_tell();

    @Message
    String request_complaint_acknowledged_tell();

    @Message
    String error_contact_days();

    @Message
    String commitment_status_ENDED();
}
