package org.safeguarding.portal.security.badinput;

/** The kinds of bad input the suite sends, in the order it reports them. */
enum Category {
    WRONG_TYPES("wrong JSON and form types"),
    MISSING_AND_EXTRA_FIELDS("missing and extra fields"),
    HUGE_AND_EMPTY_VALUES("huge (up to 1 MB) and empty values"),
    CONTROL_AND_BIDI("control and bidi characters"),
    INVALID_UTF8("invalid UTF-8 bytes"),
    WRONG_CONTENT_TYPES("wrong content types"),
    MALFORMED_JSON("malformed JSON"),
    BAD_IDS("path traversal and non-UUID ids"),
    BAD_QUERY_VALUES("bad query values"),
    BAD_CREDENTIALS("expired, foreign, tampered and garbage credentials"),
    WRONG_ROLE("every endpoint as every role it is not for"),
    ANOTHER_SURVIVORS_IDS("another survivor's ids"),
    REPLAYED_IDEMPOTENCY_KEYS("replayed idempotency keys with different bodies"),
    FORM_POSTS_WITHOUT_CSRF("form posts without a valid CSRF token");

    final String title;

    Category(String title) {
        this.title = title;
    }

    /** Sent as the operation's own role, to be read: the body, its encoding or its type is what is wrong. */
    boolean readsTheBody() {
        return ordinal() <= MALFORMED_JSON.ordinal();
    }
}
