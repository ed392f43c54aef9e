package org.safeguarding.portal.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Walks every same-origin link and form target on the pages a journey reaches, with that browser's own session, and
 * says which of them fail: what a person clicking around would hit, not what a test with a bearer token would.
 *
 * <ul>
 * <li>Pages are opened in the browser itself (so the links are the DOM's, resolved as the browser resolves them);
 * each {@code a[href]} and {@code form[action]} found is then requested with a {@link HttpClient} carrying the
 * browser's cookies (Selenium gives them all, HttpOnly ones included), so the status and headers can be read. Same-
 * origin redirects are followed; a redirect off the site (to Keycloak's sign-in) is a failure for a signed-in
 * session, allowed only for the sign-in link of a session that is not signed in.</li>
 * <li>{@code a[href]} and GET forms: fetched with GET (a GET form with no fields filled in: its action must
 * answer); any 4xx or 5xx is a failure. Downloads ({@code .csv}, {@code .pdf}, or an {@code a[download]}) must be
 * attachments of the right type ({@code text/csv; charset=UTF-8}, {@code application/pdf}).</li>
 * <li>POST forms are <b>never submitted</b> (that would change a case): the action's path must be one of the
 * service's POST routes ({@link PostRoutes}, read from the compiled resources). Over HTTP nothing tells a POST route
 * from a missing one without posting: the CSRF filter refuses a tokenless POST before routing (403 either way), and
 * an OPTIONS answered every form here alike ({@code Allow: HEAD, POST, GET, OPTIONS}). The journeys themselves
 * submit the forms that matter.</li>
 * <li>Not fetched: signing out ({@code /sign-out}, it ends the session), the quick exit ({@code #quick-exit},
 * it leaves the site), links off the site, and {@code mailto:}/{@code tel:}; fragments are dropped.</li>
 * <li>A journey may accept one designed refusal per page shape ({@link #accepting}), each with its reason.</li>
 * <li>Bounded: a visited set; at most one page opened per shape (ids and case references replaced, query values
 * ignored), at most {@link #maxPages} pages opened and {@link #maxRequests} requests; same origin only.</li>
 * </ul>
 * GET links must not change state; none is known to but the language link, which changes only the language. The walk puts the browser back on the page it started from.
 */
final class LinkWalk {

    private static final Pattern UUID_SEGMENT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z2-9]{5}-[A-Z2-9]{5}");
    /**
     * Signing out ends the session. The language link would change the language of the journey's remaining pages
     * (its cookie reaches the browser when a page is opened there); LanguageBrowserTest follows it.
     */
    private static final Set<String> NOT_FETCHED_PATHS = Set.of("/sign-out", "/language");

    /** One link or form target and what it answered. */
    record Checked(String method, String url, String finalUrl, int status, String contentType, String from) {
    }

    private final WebDriver browser;
    private final String origin;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private boolean signedIn = true;
    private int maxPages = 30;
    private int maxRequests = 250;
    private final Set<String> alsoNotFetched = new HashSet<>();
    private final Map<String, Integer> accepted = new LinkedHashMap<>();
    private PostRoutes postRoutes;

    private final Map<String, Checked> checked = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> pagesOpened = new ArrayList<>();
    private final Set<String> skipped = new TreeSet<>();
    private boolean bounded;

    LinkWalk(WebDriver browser, URL base) {
        this.browser = browser;
        this.origin = origin(URI.create(base.toString()));
    }

    /** A session that is not signed in with Keycloak (a receipt-code session): its sign-in link may go to Keycloak. */
    LinkWalk notSignedIn() {
        this.signedIn = false;
        return this;
    }

    LinkWalk maxPages(int pages) {
        this.maxPages = pages;
        return this;
    }

    /**
     * A designed refusal a page links to, not a broken link: {@code status} from a page of that {@link #shape} (for
     * example a colleague's case in the queue answers 403 with the "why do you need to open it" form).
     */
    LinkWalk accepting(int status, String pageShape) {
        accepted.put(pageShape, status);
        return this;
    }

    /** Paths, besides sign-out and quick exit, that the walk must not request; each needs a reason at the caller. */
    LinkWalk notFetching(String... paths) {
        alsoNotFetched.addAll(List.of(paths));
        return this;
    }

    /**
     * Walks from the page in view and from {@code startPaths}; returns the failures, one line each (empty when every
     * link and form target answers). The browser ends on the page it was on.
     */
    List<String> walk(String... startPaths) throws IOException, InterruptedException {
        String startedOn = browser.getCurrentUrl();
        Deque<String> pages = new ArrayDeque<>();
        if (sameOrigin(startedOn)) {
            pages.add(withoutFragment(startedOn));
        }
        for (String path : startPaths) {
            pages.add(origin + path);
        }
        Set<String> shapesOpened = new HashSet<>();
        while (!pages.isEmpty()) {
            String page = pages.poll();
            if (!shapesOpened.add(shape(page))) {
                continue;
            }
            if (pagesOpened.size() >= maxPages) {
                bounded = true;
                break;
            }
            browser.get(page);
            pagesOpened.add(path(page));
            if (!sameOrigin(browser.getCurrentUrl())) {
                problems.add(path(page) + ": opening it in the browser left the site for "
                        + withoutQuery(browser.getCurrentUrl()));
                continue;
            }
            for (Target target : targets(page)) {
                Checked result = check(target);
                if (result != null && result.status() == 200 && result.contentType().startsWith("text/html")
                        && target.method().equals("GET")) {
                    pages.add(result.finalUrl());
                }
            }
        }
        browser.get(startedOn);
        return List.copyOf(problems);
    }

    /** What the walk did, for the test's output: pages opened, requests made, what was left out and why. */
    String summary() {
        return "Link walk: opened " + pagesOpened.size() + " pages " + pagesOpened + "; checked " + checked.size()
                + " link and form targets" + (bounded ? " (stopped at the bound)" : "")
                + "; not requested: "
                + skipped + "\n" + checked.values().stream()
                        .map(c -> "  " + c.method() + " " + path(c.url())
                                + (c.finalUrl().equals(c.url()) ? "" : " => " + path(c.finalUrl())) + " -> " + c.status() + " "
                                + c.contentType() + " (on " + c.from() + ")")
                        .collect(Collectors.joining("\n"));
    }

    /** The requests made, by method and path, for journeys that assert a particular link was checked. */
    Map<String, Checked> checked() {
        return Map.copyOf(checked);
    }

    private record Target(String method, String url, boolean download, boolean quickExit, String from) {
    }

    private List<Target> targets(String page) {
        String from = path(page);
        List<Target> targets = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
            String href = link.getAttribute("href");
            targets.add(new Target("GET", href, link.getDomAttribute("download") != null,
                    "quick-exit".equals(link.getDomAttribute("id")), from));
        }
        for (WebElement form : browser.findElements(By.cssSelector("form"))) {
            String action = form.getDomAttribute("action") == null ? page : form.getAttribute("action");
            String method = form.getDomAttribute("method") == null ? "get"
                    : form.getDomAttribute("method").toLowerCase(Locale.ROOT);
            targets.add(new Target(method.equals("post") ? "POST" : "GET", action, false, false, from));
        }
        return targets;
    }

    private Checked check(Target target) throws IOException, InterruptedException {
        String url = target.url() == null ? "" : withoutFragment(target.url());
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            skipped.add(url + " (not a web address)");
            return null;
        }
        if (target.quickExit()) {
            skipped.add(path(url) + " (quick exit)");
            return null;
        }
        if (!sameOrigin(url)) {
            skipped.add(withoutQuery(url) + " (another site)");
            return null;
        }
        if (NOT_FETCHED_PATHS.contains(path(url)) || alsoNotFetched.contains(path(url))) {
            skipped.add(path(url) + " (ends the session)");
            return null;
        }
        String key = target.method() + " " + url;
        if (checked.containsKey(key)) {
            return checked.get(key);
        }
        if (checked.size() >= maxRequests) {
            bounded = true;
            return null;
        }
        Checked result = target.method().equals("POST") ? checkPostTarget(url, target.from())
                : fetch(url, url, target, 0);
        checked.put(key, result);
        return result;
    }

    /**
     * A POST form's action must be one of the service's POST routes, and never the JSON API: that takes a bearer
     * token and JSON, neither of which a page's form sends (the board's CSV link once pointed there). Nothing is sent.
     */
    private Checked checkPostTarget(String url, String from) throws IOException {
        if (postRoutes == null) {
            postRoutes = PostRoutes.ofCompiledResources();
        }
        boolean route = postRoutes.takesPost(path(url));
        if (!route) {
            problems.add("form POST " + path(url) + " (on " + from + "): no POST route answers that path");
        } else if (path(url).startsWith("/api/")) {
            problems.add("form POST " + path(url) + " (on " + from + "): a page's form posts to the bearer-only API");
        }
        return new Checked("POST", url, url, route ? 0 : 404, route ? "a POST route (not submitted)" : "no POST route",
                from);
    }

    private Checked fetch(String first, String url, Target target, int hops) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String where = "link " + path(target.url()) + " (on " + target.from() + ")";
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("");
            String next = URI.create(url).resolve(location).toString();
            if (sameOrigin(next) && hops < 5) {
                return fetch(first, next, target, hops + 1);
            }
            boolean signInLink = !signedIn && path(target.url()).equals("/home");
            if (!signInLink) {
                problems.add(where + ": sends this session to " + withoutQuery(next) + " (" + status + ")");
            }
            return new Checked(target.method(), first, next, status, type, target.from());
        }
        if (status >= 400 && !Integer.valueOf(status).equals(accepted.get(shape(url)))) {
            problems.add(where + ": answers " + status);
        } else {
            checkDownload(where, url, target.download(), type,
                    response.headers().firstValue("Content-Disposition").orElse(""));
        }
        return new Checked(target.method(), first, url, status, type, target.from());
    }

    private void checkDownload(String where, String url, boolean download, String type, String disposition) {
        String path = path(url);
        String expected = path.endsWith(".csv") ? "text/csv;charset=utf-8"
                : path.endsWith(".pdf") ? "application/pdf" : null;
        if (expected != null && !type.replace(" ", "").toLowerCase(Locale.ROOT).equals(expected)) {
            problems.add(where + ": a download of type " + type + ", not " + expected);
        }
        if ((expected != null || download) && !disposition.startsWith("attachment; filename=")) {
            problems.add(where + ": a download without Content-Disposition: attachment; filename=... (" + disposition
                    + ")");
        }
    }

    /** A request with the browser's cookies for that address, as the browser would send them. */
    private HttpRequest.Builder request(String url) {
        String cookies = browser.manage().getCookies().stream()
                .filter(c -> path(url).startsWith(c.getPath() == null ? "/" : c.getPath()))
                .map(LinkWalk::pair).collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        return cookies.isEmpty() ? request : request.header("Cookie", cookies);
    }

    private static String pair(Cookie cookie) {
        return cookie.getName() + "=" + cookie.getValue();
    }

    /** A page's shape: the path with ids and case references replaced, and its query's names without values. */
    static String shape(String url) {
        URI uri = URI.create(url);
        String path = REFERENCE.matcher(UUID_SEGMENT.matcher(uri.getPath()).replaceAll("{id}")).replaceAll("{ref}");
        String query = uri.getRawQuery() == null ? "" : "?" + java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .map(p -> p.split("=", 2)[0]).sorted().distinct().collect(Collectors.joining("&"));
        return path + query;
    }

    private boolean sameOrigin(String url) {
        try {
            return origin(URI.create(url)).equals(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
