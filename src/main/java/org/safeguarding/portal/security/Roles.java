package org.safeguarding.portal.security;

/** The realm roles (keycloak-realm/portal-realm.json). Every endpoint names one or more of them. */
public final class Roles {
    public static final String SURVIVOR = "survivor";
    public static final String CASEWORKER = "caseworker";
    /** Safeguarding board members: aggregate statistics only, never a person. */
    public static final String BOARD = "board";
    /**
     * The hub's team lead: a caseworker (the realm role is a composite of {@link #CASEWORKER}, so a lead's token
     * carries both, and the production realm asks them for a second factor as it asks every caseworker) who also
     * decides what the records' rules leave to a lead: legal holds, disposals, erasure requests.
     */
    public static final String LEAD = "lead";
    /**
     * Not a realm role: the identity of a session opened with a receipt code (receipt/ReceiptSessionMechanism).
     * It may follow and update its one anonymous case, nothing else.
     */
    public static final String RECEIPT_HOLDER = "receipt-holder";
    /**
     * Not a realm role: the role under which what a referrer told us is recorded (intake/referrer), such as the contact
     * plan they said is safe for the survivor, so that everyone reading it sees it is the referrer's view, not the
     * survivor's. Nobody signs in with it.
     */
    public static final String REFERRER = "referrer";

    private Roles() {
    }
}
