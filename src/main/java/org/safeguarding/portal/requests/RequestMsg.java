package org.safeguarding.portal.requests;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Records requests and complaints: the survivor asks on their case page, the hub answers ({@link RequestPages}),
 * and what the survivor is told.
 * <p>In {@code messages/requests.properties}; templates use {@code {requests:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "requests", locale = "en")
public interface RequestMsg {

    @Message
    String requests_none();

    @Message
    String request_acknowledge_complaint();

    @Message
    String request_records_provided();

    @Message
    String record_requests_heading();

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
    String request_complaint_acknowledged_tell();
}
