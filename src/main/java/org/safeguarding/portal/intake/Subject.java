package org.safeguarding.portal.intake;

/** Who the account is about. Stored by name. */
public enum Subject {
    SELF,
    SOMEONE_ELSE
}
