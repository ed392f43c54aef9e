package org.safeguarding.portal.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.safeguarding.portal.core.FieldError;

/**
 * How and when a referral a caseworker records reached the hub. {@code receivedAt} starts the charter's clocks, so it
 * must be a real moment: not in the future (a typing slip there would give the hub more time than it has) and not
 * older than the configured bound (a slip in the year).
 */
public record HubRecording(ReceivedChannel channel, Instant receivedAt) {

    /** Problems a caseworker can fix, as message keys of {@code HubRecordsMsg}; never the values themselves. */
    public List<FieldError> problems(Instant now, Duration oldest) {
        List<FieldError> problems = new ArrayList<>();
        if (channel == null) {
            problems.add(new FieldError("channel", "hub_error_channel"));
        }
        if (receivedAt == null) {
            problems.add(new FieldError("receivedAt", "hub_error_received_missing"));
        } else if (receivedAt.isAfter(now)) {
            problems.add(new FieldError("receivedAt", "hub_error_received_future"));
        } else if (receivedAt.isBefore(now.minus(oldest))) {
            problems.add(new FieldError("receivedAt", "hub_error_received_too_old"));
        }
        return problems;
    }
}
