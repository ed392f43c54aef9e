package org.safeguarding.portal.contact;

/** Ways the hub may reach a survivor, as the survivor allows them. Stored by name. */
public enum ContactChannel {
    /** Only through this portal: nothing arrives on a device someone else might see. */
    PORTAL,
    PHONE,
    SMS,
    EMAIL,
    LETTER
}
