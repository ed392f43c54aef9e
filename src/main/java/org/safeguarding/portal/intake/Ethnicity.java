package org.safeguarding.portal.intake;

/**
 * The survivor's ethnic group, if they choose to say: the five high-level groups of the 2021 Census in England and
 * Wales (ONS), so the board's figures compare with the council's population. Stored by name; null when not answered.
 */
public enum Ethnicity {
    /** Asian or Asian British. */
    ASIAN,
    /** Black, Black British, Caribbean or African. */
    BLACK,
    /** Mixed or multiple ethnic groups. */
    MIXED,
    /** White. */
    WHITE,
    /** Another ethnic group. */
    OTHER,
    PREFER_NOT_TO_SAY
}
