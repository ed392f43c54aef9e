package org.safeguarding.portal.messages;

import java.time.Instant;
import java.util.UUID;

import org.safeguarding.portal.contact.ContactChannel;

/** A message or an addition, decrypted for someone allowed to read the case. */
public record MessageView(UUID id, String kind, boolean fromSurvivor, String text, Instant sentAt,
        ContactChannel channel, String overrideReason) {

    public boolean isOutsidePortal() {
        return channel != ContactChannel.PORTAL;
    }

    public boolean isAddition() {
        return "ADDITION".equals(kind);
    }
}
