package org.safeguarding.portal.security.badinput;

/** What the service answered: the status, where it sends the client (if anywhere) and the body as text. */
record Answer(int status, String location, String body) {

    boolean isServerError() {
        return status >= 500;
    }

    boolean isClientError() {
        return status >= 400 && status < 500;
    }
}
