package org.safeguarding.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-session CSRF tokens without server-side state: an HMAC of the sign-in session's identity (subject and
 * Keycloak session id) under a server key. A page embeds the token in every form; {@link CsrfFilter} checks it.
 * A new sign-in gives a new token; another person's token never matches.
 */
@ApplicationScoped
public class CsrfTokens {

    static final String FORM_FIELD = "csrf";

    private final SecretKeySpec key;

    CsrfTokens(SecurityConfig config) {
        byte[] raw = Base64.getDecoder().decode(config.csrfKey()
                .orElseThrow(() -> new IllegalStateException("portal.security.csrf-key is not set")).trim());
        if (raw.length < 32) {
            throw new IllegalStateException("portal.security.csrf-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    /** The token for the signed-in session, or empty for a request that has no session to bind to. */
    public Optional<String> tokenFor(CurrentUser user) {
        if (!user.signedIn()) {
            return Optional.empty();
        }
        return Optional.of(hmac(sessionBinding(user)));
    }

    boolean isValid(String supplied, CurrentUser user) {
        Optional<String> expected = tokenFor(user);
        return supplied != null && expected.isPresent() && MessageDigest.isEqual(
                supplied.getBytes(StandardCharsets.US_ASCII), expected.get().getBytes(StandardCharsets.US_ASCII));
    }

    private static String sessionBinding(CurrentUser user) {
        String session = user.token().map(CsrfTokens::sessionIdOf).orElse("");
        return "csrf/v1|" + user.subject() + "|" + session;
    }

    private static String sessionIdOf(JsonWebToken token) {
        Object sid = token.getClaim("sid");
        return sid != null ? sid.toString() : String.valueOf(token.getIssuedAtTime());
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
