package org.safeguarding.portal.reporting.disclosure.query;

/**
 * A request the disclosure rules never answer (an exclusion filter, a week or a day, a minimum or a maximum). The
 * message is written for the person who asked and names no data, so a resource can return it as a 400 as it is.
 */
public class RefusedRequestException extends RuntimeException {

    public RefusedRequestException(String message) {
        super(message);
    }
}
