package org.safeguarding.portal.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser-like sign-in to the pages through the real Keycloak login form (authorization code flow with PKCE),
 * for tests that need a genuine page session without driving a browser: it holds the app's session cookies.
 */
public final class PageSession {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    private final Map<String, String> appCookies = new HashMap<>();

    private PageSession() {
    }

    public static PageSession signIn(String user) {
        PageSession session = new PageSession();
        Response toLogin = given().redirects().follow(false).get("/home");
        assertEquals(302, toLogin.statusCode(), "an unauthenticated page must redirect to sign-in");
        session.appCookies.putAll(toLogin.getCookies());

        // The Location headers are already URL-encoded: sent as they are, or Keycloak sees a different redirect_uri.
        Response loginPage = asIs().get(toLogin.header("Location"));
        assertEquals(200, loginPage.statusCode());
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.asString());
        if (!action.find()) {
            throw new AssertionError("no Keycloak login form");
        }
        Response afterLogin = asIs().cookies(loginPage.getCookies())
                .formParam("username", user).formParam("password", user).formParam("credentialId", "")
                .post(action.group(1).replace("&amp;", "&"));
        assertEquals(302, afterLogin.statusCode(), "Keycloak must accept the demo credentials");

        Response callback = asIs().cookies(session.appCookies)
                .get(afterLogin.header("Location"));
        session.appCookies.putAll(callback.getCookies());
        if (session.appCookies.keySet().stream().noneMatch(name -> name.startsWith("q_session"))) {
            throw new AssertionError("no session cookie after the code exchange: " + callback.statusCode());
        }
        return session;
    }

    private static RequestSpecification asIs() {
        return given().redirects().follow(false).urlEncodingEnabled(false);
    }

    /** A request carrying this session's cookies, not following redirects (tests assert them). */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(appCookies);
    }

    /** The session's cookies as one Cookie header, for a client other than REST Assured (the benchmarks). */
    public String cookieHeader() {
        return appCookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** Submits a form as the page at {@code formPage} would, with the CSRF token it embeds. */
    public Response submit(String formPage, String action, java.util.Map<String, String> fields) {
        return request().formParam("csrf", csrfTokenFrom(formPage)).formParams(fields).post(action);
    }

    /** The CSRF token the page at {@code path} embeds in its forms. */
    public String csrfTokenFrom(String path) {
        Matcher token = CSRF_FIELD.matcher(get(path).asString());
        if (!token.find()) {
            throw new AssertionError("no csrf field on " + path);
        }
        return token.group(1);
    }
}
