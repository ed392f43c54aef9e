package org.safeguarding.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import org.safeguarding.portal.security.session.PortalCookies;


/**
 * Per-session CSRF tokens without server-side state: an HMAC of the sign-in session's identity (subject and
 * Keycloak session id) under a server key. A page embeds the token in every form; {@link CsrfFilter} checks it.
 * A new sign-in gives a new token; another person's token never matches.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String FORM_FIELD = "csrf";
    /** The pre-session cookie's name over plain HTTP; {@code __Host-portal_pre} behind TLS ({@link PortalCookies}). */
    public static final String PRE_SESSION_COOKIE = PortalCookies.PRE_SESSION;

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
        return Optional.of(tokenFor(user.subject(), user.sessionKey()));
    }

    /** The token of a session that has just been opened in this response, before any request carries it. */
    public String tokenFor(String subject, String sessionKey) {
        return hmac("csrf/v1|" + subject + "|" + sessionKey);
    }

    public boolean isValid(String supplied, CurrentUser user) {
        Optional<String> expected = tokenFor(user);
        return supplied != null && expected.isPresent() && MessageDigest.isEqual(
                supplied.getBytes(StandardCharsets.US_ASCII), expected.get().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * For forms posted before anyone has a session (starting without an account, coming back with a receipt code):
     * the token is bound to a random cookie the page set ({@link #PRE_SESSION_COOKIE}), so another site can neither
     * read nor forge it.
     */
    public String preSessionToken(String cookieValue) {
        return hmac("csrf-pre/v1|" + cookieValue);
    }

    public boolean isValidPreSession(String supplied, String cookieValue) {
        return supplied != null && cookieValue != null && !cookieValue.isBlank() && MessageDigest.isEqual(
                supplied.getBytes(StandardCharsets.US_ASCII),
                preSessionToken(cookieValue).getBytes(StandardCharsets.US_ASCII));
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
