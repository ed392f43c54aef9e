package org.safeguarding.portal.web;

/**
 * A request the case's state does not allow (409) or one that lacks something only the person can add (422), with
 * the plain words of why from the message bundle. Never carries input.
 */
public class Refused extends RuntimeException {

    private final int status;
    private final String messageKey;

    public Refused(int status, String messageKey) {
        super("refused: " + messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
