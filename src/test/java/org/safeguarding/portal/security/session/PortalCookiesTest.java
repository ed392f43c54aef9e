package org.safeguarding.portal.security.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.NewCookie;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.Cookie;

/**
 * The portal's own cookies are {@code __Host-} cookies where the deployment sits behind TLS: the browser keeps such a
 * cookie only when it is Secure, has Path=/ and names no Domain, so a sibling subdomain or a plain-HTTP page cannot
 * plant one. Over plain HTTP (dev, tests) browsers refuse the prefix, so the plain name is used there.
 */
class PortalCookiesTest {

    @Test
    void withSecureCookiesEveryPortalCookieIsAHostCookie() {
        PortalCookies cookies = new PortalCookies(true);
        for (String name : new String[] { PortalCookies.RECEIPT_SESSION, PortalCookies.PRE_SESSION }) {
            NewCookie issued = cookies.cookie(name, "value", NewCookie.DEFAULT_MAX_AGE);
            assertEquals("__Host-" + name, issued.getName());
            assertTrue(issued.isSecure(), "Secure");
            assertEquals("/", issued.getPath());
            assertNull(issued.getDomain(), "no Domain");
            assertTrue(issued.isHttpOnly());
            assertEquals(NewCookie.SameSite.STRICT, issued.getSameSite());

            Cookie cleared = cookies.cleared(name);
            String header = cleared.encode();
            assertTrue(header.startsWith("__Host-" + name + "="), header);
            assertTrue(header.contains("Secure") && header.contains("Path=/"), header);
            assertFalse(header.contains("Domain"), header);
        }
    }

    @Test
    void overPlainHttpTheNamesArePlainAndNotSecure() {
        PortalCookies cookies = new PortalCookies(false);
        NewCookie issued = cookies.cookie(PortalCookies.RECEIPT_SESSION, "value", NewCookie.DEFAULT_MAX_AGE);
        assertEquals("portal_receipt", issued.getName());
        assertFalse(issued.isSecure());
        assertEquals("/", issued.getPath());
        assertEquals("portal_pre", cookies.nameOf(PortalCookies.PRE_SESSION));
    }
}
