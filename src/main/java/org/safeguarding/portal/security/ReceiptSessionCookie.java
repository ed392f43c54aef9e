package org.safeguarding.portal.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.safeguarding.portal.security.AnonymousSessions.OpenedSession;

/**
 * The cookies of people without an account: the receipt session (strict same-site, script cannot read it, gone when
 * the session ends) and the pre-session CSRF cookie of the public forms.
 */
@ApplicationScoped
public class ReceiptSessionCookie {

    /** The page session cookie: pages only, never the API (which is exempt from CSRF checks, so takes no cookies). */
    public static final String NAME = "portal_receipt";

    private final boolean secure;

    ReceiptSessionCookie(SecurityConfig config) {
        this.secure = config.secureCookies();
    }

    public NewCookie issue(OpenedSession session) {
        long seconds = Math.max(0, Duration.between(Instant.now(), session.expiresAt()).toSeconds());
        return cookie(NAME, session.token(), (int) seconds);
    }

    public NewCookie clear() {
        return cookie(NAME, "", 0);
    }

    /** A random value for the pre-session CSRF cookie, kept for the browser session only. */
    public NewCookie preSession(String value) {
        return cookie(CsrfTokens.PRE_SESSION_COOKIE, value, NewCookie.DEFAULT_MAX_AGE);
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
