package org.safeguarding.portal.security.badinput;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One bad request: built by the generators, sent by {@link Wire}. The marker is unique to the request and sits in
 * whatever it submits, so an echo in an answer or a log line names the request that caused it.
 */
final class Attack {

    private static final int BODY_LIMIT = 256 * 1024;

    final Category category;
    final Operation op;
    final Role actor;
    final String marker;
    final Map<String, String> headers = new LinkedHashMap<>();
    String method;
    /** The path and query exactly as sent (already encoded as the attack means it to be). */
    String target;
    byte[] body;
    String contentType;
    Expect expect = Expect.NO_SERVER_ERROR;
    /** False when the attack brings its own credentials (or none) instead of the actor's. */
    boolean actorCredentials = true;
    /**
     * Sent with Expect: 100-continue, as a careful client sends a body over the service's limit (256 KiB): the refusal
     * then comes before the body, instead of the client writing into a connection the service has closed.
     */
    boolean askFirst;
    /** A few words on what is wrong with the request, for the failure report. */
    String variant;

    Attack(Category category, Operation op, Role actor, String marker) {
        this.category = category;
        this.op = op;
        this.actor = actor;
        this.marker = marker;
        this.method = op.method();
    }

    Attack body(String contentType, byte[] body) {
        this.contentType = contentType;
        this.body = body;
        this.askFirst = body != null && body.length > BODY_LIMIT;
        return this;
    }

    Attack body(String contentType, String body) {
        return body(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    Attack expect(Expect expect) {
        this.expect = expect;
        return this;
    }

    Attack variant(String variant) {
        this.variant = variant;
        return this;
    }

    Attack header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Attack target(String target) {
        this.target = target;
        return this;
    }

    Attack ownCredentials() {
        this.actorCredentials = false;
        return this;
    }

    @Override
    public String toString() {
        return category + " as " + actor + ": " + method + " " + abbreviated(target) + " (" + variant + ")";
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
