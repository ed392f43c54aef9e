package org.safeguarding.portal.security.badinput;

import java.util.Optional;

/** Who sends a request: each of the portal's roles, and nobody signed in at all. */
enum Role {
    NONE(null), SURVIVOR("survivor"), RECEIPT("receipt-holder"), CASEWORKER("caseworker"), BOARD("board"),
    /** The hub's team lead (a caseworker too): legal holds, the disposal list. */
    LEAD("lead");

    private final String openApiName;

    Role(String openApiName) {
        this.openApiName = openApiName;
    }

    /** The role an OpenAPI security requirement names, if the suite knows it. */
    static Optional<Role> named(String name) {
        for (Role role : values()) {
            if (name.equals(role.openApiName)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /**
     * The roles this one's token carries: a lead's token carries caseworker too (a composite realm role), so a
     * caseworker's operation is rightly a lead's as well.
     */
    java.util.Set<Role> carried() {
        return this == LEAD ? java.util.EnumSet.of(LEAD, CASEWORKER) : java.util.EnumSet.of(this);
    }

    /** Survivors (signed in or with a receipt code) own cases; a request about another's case must answer 404. */
    boolean ownsCases() {
        return this == SURVIVOR || this == RECEIPT;
    }
}
