package org.safeguarding.portal.reporting.disclosure.query;

/** The geographic levels of the fixed hierarchy, largest first. Some rules are stricter below borough level. */
public enum AreaLevel {
    BOROUGH,
    LOCALITY,
    WARD;

    public boolean isBelowBorough() {
        return this != BOROUGH;
    }
}
