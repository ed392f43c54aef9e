package org.safeguarding.portal.security.badinput;

import java.util.Optional;

/** Who sends a request: each of the portal's roles, and nobody signed in at all. */
enum Role {
    NONE(null), SURVIVOR("survivor"), RECEIPT("receipt-holder"), CASEWORKER("caseworker"), BOARD("board"),
    /** The hub's team lead, whose realm role is a composite of caseworker: a lead's token carries both. */
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

    /** Whether this role's token also carries {@code other} (a composite realm role), so it may do what that may. */
    boolean holds(Role other) {
        return this == LEAD && other == CASEWORKER;
    }

    /** Survivors (signed in or with a receipt code) own cases; a request about another's case must answer 404. */
    boolean ownsCases() {
        return this == SURVIVOR || this == RECEIPT;
    }
}
