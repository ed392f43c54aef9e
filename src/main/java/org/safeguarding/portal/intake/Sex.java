package org.safeguarding.portal.intake;

/** The survivor's sex, if they choose to say (intake "About you"). Stored by name; null when not answered. */
public enum Sex {
    FEMALE,
    MALE,
    PREFER_NOT_TO_SAY
}
