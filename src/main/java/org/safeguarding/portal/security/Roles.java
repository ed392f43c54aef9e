package org.safeguarding.portal.security;

/** The realm roles (keycloak-realm/portal-realm.json). Every endpoint names one or more of them. */
public final class Roles {
    public static final String SURVIVOR = "survivor";
    public static final String CASEWORKER = "caseworker";
    /** Safeguarding board members: aggregate statistics only, never a person. */
    public static final String BOARD = "board";
    /**
     * Not a realm role: the identity of a session opened with a receipt code (receipt/ReceiptSessionMechanism).
     * It may follow and update its one anonymous case, nothing else.
     */
    public static final String RECEIPT_HOLDER = "receipt-holder";

    private Roles() {
    }
}
