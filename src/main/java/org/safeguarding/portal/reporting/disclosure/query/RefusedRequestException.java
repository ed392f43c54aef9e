package org.safeguarding.portal.reporting.disclosure.query;

/**
 * A request the disclosure rules never answer (an exclusion filter, a week or a day, a minimum or a maximum). It
 * carries the key of the words saying why ({@code refused_…} in the board's bundle), written for the person who asked
 * and naming no data: the error mapper shows them in the page's language, and in English in the API.
 */
public class RefusedRequestException extends RuntimeException {

    private final String reasonKey;

    public RefusedRequestException(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    /** The key of the words saying why, in the board's bundle. */
    public String reasonKey() {
        return reasonKey;
    }
}
