package org.safeguarding.portal.security.badinput;

/** What an answer to a bad request must be, beyond never a 5xx. */
enum Expect {
    /** A clear refusal or, where the input happens to be acceptable, an ordinary success. */
    NO_SERVER_ERROR,
    /** A clear refusal: a 4xx (a page may send someone without a session to sign in instead). */
    REFUSED,
    /** Exactly 404: another survivor's record is answered as if it did not exist (no existence oracle). */
    NOT_FOUND
}
