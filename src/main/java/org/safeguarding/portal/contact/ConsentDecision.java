package org.safeguarding.portal.contact;

/** A survivor's answer for one purpose. Only GRANTED is consent; the others never are. */
public enum ConsentDecision {
    GRANTED,
    NOT_NOW,
    PREFER_NOT_TO_SAY
}
