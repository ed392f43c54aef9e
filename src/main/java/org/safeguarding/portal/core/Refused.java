package org.safeguarding.portal.core;

/**
 * A request the case's state does not allow (409) or one that lacks something only the person can add (422), with
 * the plain words of why from the message bundle. Never carries input.
 */
public class Refused extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final String problemType;

    public Refused(int status, String messageKey) {
        this(status, messageKey, null);
    }

    /** A refusal an API client tells apart by its problem {@code type} (RFC 9457), not by parsing the words. */
    public Refused(int status, String messageKey, String problemType) {
        super("refused: " + messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.problemType = problemType;
    }

    /** The problem document's {@code type}; null for the generic {@code about:blank}. */
    public String problemType() {
        return problemType;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
