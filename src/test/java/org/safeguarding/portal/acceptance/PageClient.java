package org.safeguarding.portal.acceptance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser reduced to what the portal's pages need across instances: one client address (sent as the load
 * balancer's {@code X-Forwarded-For}), a cookie jar, form posts and the form's CSRF field. Cookies are kept by hand:
 * production's cookies are {@code __Host-} and Secure, which {@link java.net.CookieManager} would not send over
 * plain HTTP, while a browser behind the council's TLS-terminating load balancer does.
 */
final class PageClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String clientAddress;
    /** By name, as the browser keeps them. */
    final Map<String, String> cookies = new LinkedHashMap<>();

    PageClient(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(request(url).GET());
    }

    HttpResponse<String> postForm(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The first form's CSRF token on the page (GOV.UK forms carry it first: tags/postForm.html). */
    static String csrfTokenIn(HttpResponse<String> page) {
        Matcher found = CSRF_FIELD.matcher(page.body());
        if (!found.find()) {
            throw new AssertionError("no CSRF field on " + page.uri() + " (" + page.statusCode() + ")");
        }
        return found.group(1);
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] nameValue = header.split(";", 2)[0].split("=", 2);
            boolean cleared = nameValue.length < 2 || nameValue[1].isEmpty()
                    || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (cleared) {
                cookies.remove(nameValue[0].trim());
            } else {
                cookies.put(nameValue[0].trim(), nameValue[1].trim());
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
