package org.safeguarding.portal.subjectaccess;

/**
 * Why an item is left out of a survivor's copy, in the general terms the survivor is told (Data Protection Act 2018,
 * Schedule 2: information about another person, and information whose release would prejudice the prevention or
 * detection of crime). Stored by name: never rename a constant.
 */
public enum WithholdReason {
    /** It names or is about another person who has not agreed to it being shared. */
    THIRD_PARTY,
    /** Releasing it could harm a police investigation or the prevention of crime. */
    POLICE_MATTER,
    /** Another exemption the law allows; the reviewer's explanation says which. */
    OTHER
}
