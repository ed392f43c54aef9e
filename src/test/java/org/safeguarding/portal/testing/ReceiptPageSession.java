package org.safeguarding.portal.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser without an account, as far as the pages are concerned: it keeps the portal's cookies (the pre-session
 * CSRF cookie, then the receipt session) until they expire as a browser would (Max-Age or Expires), and reads form
 * tokens from the pages, from one client address.
 */
public final class ReceiptPageSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    private static final Pattern RECEIPT_CODE = Pattern.compile("id=\"receipt-code\">([0-9 ]+)<");

    private final Map<String, String> cookies = new HashMap<>();
    /** When a cookie that was given a lifetime runs out; cookies without one last as long as this "browser". */
    private final Map<String, Instant> cookieExpiry = new HashMap<>();
    private final String clientAddress;

    public ReceiptPageSession() {
        this("10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
    }

    /** A browser at the given address (as a trusted proxy reports it in X-Forwarded-For). */
    public ReceiptPageSession(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public RequestSpecification request() {
        return requestFrom("same-origin");
    }

    /** A request as the browser would label it for a page from {@code fetchSite} (Fetch Metadata). */
    public RequestSpecification requestFrom(String fetchSite) {
        Instant now = Instant.now();
        cookieExpiry.entrySet().removeIf(expiry -> {
            boolean expired = !expiry.getValue().isAfter(now);
            if (expired) {
                cookies.remove(expiry.getKey());
            }
            return expired;
        });
        return given().redirects().follow(false).cookies(cookies).header("X-Forwarded-For", clientAddress)
                .header("Sec-Fetch-Site", fetchSite);
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** Gets a receipt code on the start page; returns the page that shows it (and sets the session cookie). */
    public Response startWithoutAccount() {
        String csrf = csrfFrom(get("/receipt/start"));
        Response shown = keep(request().formParam("csrf", csrf).post("/receipt/start"));
        assertEquals(200, shown.statusCode(), "the code is shown straight away");
        return shown;
    }

    /** Starts, confirms the code is saved, and returns the code. */
    public String startAndConfirm() {
        Response shown = startWithoutAccount();
        String code = codeOn(shown);
        Response confirmed = keep(request().formParam("csrf", csrfFrom(shown)).formParam("receiptCode", code)
                .formParam("saved", "yes").post("/receipt/saved"));
        assertEquals(303, confirmed.statusCode());
        return code;
    }

    /** "Come back with your code": the answer (303 to the case list on success). */
    public Response comeBack(String code) {
        String csrf = csrfFrom(get("/receipt/come-back"));
        return keep(request().formParam("csrf", csrf).formParam("receiptCode", code).post("/receipt/come-back"));
    }

    public Response post(String path, String... fieldsAndValues) {
        RequestSpecification request = request().formParam("csrf", csrfFrom(get("/my/cases")));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.formParam(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return keep(request.post(path));
    }

    /** A form post with a token read earlier (from a page that may no longer open), keeping what it sets. */
    public Response postWithToken(String csrf, String path, String... fieldsAndValues) {
        RequestSpecification request = request().formParam("csrf", csrf);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.formParam(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return keep(request.post(path));
    }

    public void forgetCookies() {
        cookies.clear();
        cookieExpiry.clear();
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public static String codeOn(Response page) {
        Matcher code = RECEIPT_CODE.matcher(page.asString());
        if (!code.find()) {
            throw new AssertionError("no receipt code on the page");
        }
        return code.group(1);
    }

    public static String csrfFrom(Response page) {
        Matcher token = CSRF_FIELD.matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("no csrf field on the page (" + page.statusCode() + ")");
        }
        return token.group(1);
    }

    private Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
                cookieExpiry.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
                if (cookie.getMaxAge() > 0) {
                    cookieExpiry.put(cookie.getName(), Instant.now().plusSeconds(cookie.getMaxAge()));
                } else if (cookie.getExpiryDate() != null) {
                    cookieExpiry.put(cookie.getName(), cookie.getExpiryDate().toInstant());
                } else {
                    cookieExpiry.remove(cookie.getName());
                }
            }
        });
        return response;
    }
}
