package org.safeguarding.portal.web.council;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.safeguarding.portal.security.session.PortalCookies;
import org.safeguarding.portal.web.language.LanguageChoice;

/**
 * Every cookie a browser receives while using the portal, as the cookies page lists them: the portal's own, Quarkus
 * OIDC's sign-in cookies and the sign-in service's (Keycloak's, on its own address). All are essential; none tracks.
 * CookiesPageBrowserTest compares this list with the cookies a real journey receives, so a new one cannot go unlisted.
 */
@ApplicationScoped
public class CookieList {

    /** Who sets a cookie: this service, or the sign-in service on its own address. */
    public enum SetBy {
        SERVICE, SIGN_IN
    }

    /**
     * One cookie: the name shown (with "…" where the cookie's name goes on with a number or a random part), the names
     * it stands for, who sets it, and its key in the {@code about} bundle ({@code cookie_purpose_<key>},
     * {@code cookie_expires_<key>}).
     */
    public record Cookie(String display, Pattern names, SetBy setBy, String key) {

        public boolean isSetByService() {
            return setBy == SetBy.SERVICE;
        }

        /** The language cookie, whose words are in the language bundle. */
        public boolean isLanguage() {
            return LANGUAGE.equals(key);
        }

        public boolean matches(String cookieName) {
            return names.matcher(cookieName).matches();
        }
    }

    /** The language cookie's key: its row's words are in the {@code language} bundle, not {@code about}. */
    public static final String LANGUAGE = "language";

    private final List<Cookie> cookies;

    CookieList(PortalCookies portalCookies) {
        String pre = portalCookies.nameOf(PortalCookies.PRE_SESSION);
        String receipt = portalCookies.nameOf(PortalCookies.RECEIPT_SESSION);
        String language = portalCookies.nameOf(LanguageChoice.COOKIE);
        this.cookies = List.of(
                service(pre, Pattern.quote(pre), "pre"),
                service(receipt, Pattern.quote(receipt), "receipt"),
                // Only once someone chooses a language with the language link; its words are in the language bundle.
                service(language, Pattern.quote(language), LANGUAGE),
                // Quarkus OIDC splits a session cookie over 4 KiB into numbered chunks.
                service("q_session…", "q_session(_chunk_[0-9]+)?", "session"),
                // The sign-in under way: one per flow, named by its state, deleted when the sign-in ends.
                service("q_auth…", "q_auth(_[A-Za-z0-9_-]+)?", "auth"),
                service("q_post_logout…", "q_post_logout(_[A-Za-z0-9_-]+)?", "post_logout"),
                signIn("AUTH_SESSION_ID", "AUTH_SESSION_ID(_LEGACY)?", "kc_auth_session"),
                signIn("KC_AUTH_SESSION_HASH", "KC_AUTH_SESSION_HASH", "kc_auth_session_hash"),
                signIn("KC_RESTART", "KC_RESTART", "kc_restart"),
                signIn("KEYCLOAK_IDENTITY", "KEYCLOAK_IDENTITY(_LEGACY)?", "kc_identity"),
                signIn("KEYCLOAK_SESSION", "KEYCLOAK_SESSION(_LEGACY)?", "kc_session"),
                // Only if someone changes language with the sign-in page's own menu (the portal asks with ui_locales).
                signIn("KEYCLOAK_LOCALE", "KEYCLOAK_LOCALE", "kc_locale"));
    }

    public List<Cookie> all() {
        return cookies;
    }

    private static Cookie service(String display, String names, String key) {
        return new Cookie(display, Pattern.compile(names), SetBy.SERVICE, key);
    }

    private static Cookie signIn(String display, String names, String key) {
        return new Cookie(display, Pattern.compile(names), SetBy.SIGN_IN, key);
    }
}
