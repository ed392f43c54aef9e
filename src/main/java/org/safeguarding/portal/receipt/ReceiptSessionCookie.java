package org.safeguarding.portal.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.safeguarding.portal.receipt.AnonymousSessions.OpenedSession;
import org.safeguarding.portal.security.session.PortalCookies;

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

    /**
     * The page session cookie: pages only, never the API (which is exempt from CSRF checks, so takes no cookies).
     * {@code __Host-portal_receipt} where cookies are Secure ({@link PortalCookies}).
     */
    public static final String NAME = PortalCookies.RECEIPT_SESSION;

    private final PortalCookies cookies;

    ReceiptSessionCookie(PortalCookies cookies) {
        this.cookies = cookies;
    }

    /** The session cookie for a session just opened: no expiry of its own (see the class comment). */
    public NewCookie issue(OpenedSession session) {
        return cookies.cookie(NAME, session.token(), NewCookie.DEFAULT_MAX_AGE);
    }

    public NewCookie clear() {
        return cookies.cookie(NAME, "", 0);
    }

    /** A random value for the pre-session CSRF cookie, kept for the browser session only. */
    public NewCookie preSession(String value) {
        return cookies.cookie(PortalCookies.PRE_SESSION, value, NewCookie.DEFAULT_MAX_AGE);
    }

    /** The session token the page request carries, or null. */
    public String tokenIn(io.vertx.core.http.HttpServerRequest request) {
        return cookies.valueIn(request, NAME).orElse(null);
    }

    /** The pre-session cookie's value in the request, or null. */
    public String preSessionIn(io.vertx.core.http.HttpServerRequest request) {
        return cookies.valueIn(request, PortalCookies.PRE_SESSION).orElse(null);
    }
}
