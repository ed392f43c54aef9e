package org.safeguarding.portal.intake;

/**
 * How a referral the hub recorded reached us. EMAIL is a forwarded e-mail (a school's safeguarding lead writing to the
 * hub's inbox): it arrives outside the portal like a letter, and a caseworker types it in the same way; the channel
 * keeps apart what was heard from what was read. Stored by name: never rename a constant.
 */
public enum ReceivedChannel {
    PHONE,
    IN_PERSON,
    LETTER,
    EMAIL
}
