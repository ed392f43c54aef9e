package org.safeguarding.portal.casefile;

import java.time.Instant;

import org.safeguarding.portal.intake.ReceivedChannel;

/**
 * A referral the hub recorded, as its record says so ("Recorded by Sam from a phone call at 9:00am"): the channel,
 * when it was received (the charter's clocks run from then) and the name of the caseworker who wrote it down (null if
 * the staff directory no longer knows them). Null on the record of a referral sent through the portal.
 */
public record HubRecordingView(ReceivedChannel channel, Instant receivedAt, String recordedBy) {
}
