package org.safeguarding.portal.security.session;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import org.safeguarding.portal.security.SecurityConfig;

/**
 * The names and attributes of the portal's own cookies (the receipt session, the pre-session CSRF cookie). Where the
 * deployment sits behind TLS ({@code portal.security.secure-cookies}) each is a {@code __Host-} cookie: the browser
 * then keeps it only if it is Secure, has Path=/ and names no Domain, so neither a sibling subdomain nor a page served
 * over plain HTTP can plant or overwrite one ("cookie tossing"). Browsers refuse a {@code __Host-} cookie that is not
 * Secure, so over plain HTTP (dev and tests) the plain name is used.
 * <p>
 * The Quarkus OIDC session cookie ({@code q_session}) cannot be renamed this way; SECURITY.md says why.
 */
@ApplicationScoped
public class PortalCookies {

    /** The receipt session (pages only; the API sends its token in the Authorization header). */
    public static final String RECEIPT_SESSION = "portal_receipt";
    /** The random value the public forms' CSRF token is bound to before anyone has a session. */
    public static final String PRE_SESSION = "portal_pre";
    static final String HOST_PREFIX = "__Host-";

    private final boolean secure;

    @Inject
    PortalCookies(SecurityConfig config) {
        this(config.secureCookies());
    }

    /** With the TLS setting given directly (tests). */
    public PortalCookies(boolean secure) {
        this.secure = secure;
    }

    /** The name the browser keeps the cookie under. */
    public String nameOf(String cookie) {
        return secure ? HOST_PREFIX + cookie : cookie;
    }

    /** The cookie's value in the request, or empty. */
    public Optional<String> valueIn(HttpServerRequest request, String cookie) {
        io.vertx.core.http.Cookie found = request.getCookie(nameOf(cookie));
        return found == null || found.getValue().isBlank() ? Optional.empty() : Optional.of(found.getValue());
    }

    /**
     * A strict same-site cookie script cannot read, on the whole site (Path=/), with no Domain: what a {@code __Host-}
     * cookie requires. {@code maxAge} is {@link NewCookie#DEFAULT_MAX_AGE} for a browser-session cookie, 0 to clear.
     */
    public NewCookie cookie(String cookie, String value, int maxAge) {
        return new NewCookie.Builder(nameOf(cookie)).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** The same cookie cleared, for code that answers on Vert.x rather than through JAX-RS. */
    public io.vertx.core.http.Cookie cleared(String cookie) {
        return io.vertx.core.http.Cookie.cookie(nameOf(cookie), "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSecure(secure).setSameSite(CookieSameSite.STRICT);
    }
}
