package org.safeguarding.portal.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.safeguarding.portal.receipt.AnonymousSessions.OpenedSession;
import org.safeguarding.portal.security.CsrfTokens;
import org.safeguarding.portal.security.SecurityConfig;

/**
 * The cookies of people without an account: the receipt session (strict same-site, script cannot read it, kept for
 * the browser session only) and the pre-session CSRF cookie of the public forms.
 * <p>
 * The receipt session cookie carries no Max-Age or Expires: it goes when the browser closes, and while the browser is
 * open it never runs out on its own. When the session ends is decided only on the server ({@link AnonymousSessions}:
 * the idle window from the last request, and the absolute end), so a survivor who keeps working is never cut off by
 * a cookie that expired in the browser, and there is nothing to renew in the browser as the server's window slides.
 */
@ApplicationScoped
public class ReceiptSessionCookie {

    /** The page session cookie: pages only, never the API (which is exempt from CSRF checks, so takes no cookies). */
    public static final String NAME = "portal_receipt";

    private final boolean secure;

    ReceiptSessionCookie(SecurityConfig config) {
        this.secure = config.secureCookies();
    }

    /** The session cookie for a session just opened: no expiry of its own (see the class comment). */
    public NewCookie issue(OpenedSession session) {
        return cookie(NAME, session.token(), NewCookie.DEFAULT_MAX_AGE);
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
