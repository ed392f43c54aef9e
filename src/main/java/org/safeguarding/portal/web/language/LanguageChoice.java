package org.safeguarding.portal.web.language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.safeguarding.portal.core.Language;
import org.safeguarding.portal.core.ReadingLanguage;
import org.safeguarding.portal.core.Languages;

/**
 * The language of this request's pages ({@code {inject:pageLanguage.…}} in the layout): the person's own choice (the
 * language cookie, set only by the language link), otherwise the browser's {@code Accept-Language}, otherwise English.
 * The JSON API always speaks English: its words are a contract clients read, and its codes say the rest.
 * <p>{@link #current()} is what other code reads; the sign-in redirect reads the same through {@link RequestLanguage}.
 */
@Named("pageLanguage")
@RequestScoped
public class LanguageChoice implements ReadingLanguage {

    /** The cookie that remembers the choice: the language code alone, nothing that tells people apart. */
    public static final String COOKIE = "portal_lang";

    @Inject
    Languages languages;
    @Inject
    RequestLanguage requestLanguage;
    @Inject
    CurrentVertxRequest vertxRequest;

    private Language resolved;

    /** The language this request's pages are in. */
    public Language current() {
        if (resolved == null) {
            resolved = requestLanguage.of(request());
        }
        return resolved;
    }

    @Override
    public Optional<Language> ofThisPage() {
        HttpServerRequest request = request();
        if (request == null || request.path() == null || request.path().startsWith("/api/")) {
            return Optional.empty();
        }
        return Optional.of(current());
    }

    public Locale locale() {
        return current().locale();
    }

    /** {@code <html lang>}: en-GB, cy, ur, pl. */
    public String getTag() {
        return current().tag();
    }

    /** {@code <html dir>}: rtl for Urdu. */
    public String getDir() {
        return current().dir();
    }

    public String getCode() {
        return current().code();
    }

    /** The footer says a drafted translation is awaiting review. */
    public boolean isDrafted() {
        return current().isDrafted();
    }

    /** More than one language is offered: only then is there a language link. */
    public boolean isOffered() {
        return languages.shipped().size() > 1;
    }

    /** The language link's entries, each language in its own name, each returning to this page. */
    public List<Option> getOptions() {
        String back = URLEncoder.encode(returnPath(), StandardCharsets.UTF_8);
        return languages.shipped().stream().map(l -> new Option(l.code(), l.name(), l.tag(),
                "/language?choose=" + l.code() + "&return=" + back, "/language?choose=" + l.code() + "&return=%2F",
                l.code().equals(getCode()))).toList();
    }

    /**
     * One entry of the language link: the language in its own words ({@code ownName}: Cymraeg, اردو). An error page
     * links with {@code homeHref}: it never puts the address that was refused back on the page, whatever it held.
     */
    public record Option(String code, String ownName, String tag, String href, String homeHref, boolean current) {
    }

    /** Where the language link returns: this page's path (a form's answer page returns to the form itself). */
    private String returnPath() {
        HttpServerRequest request = request();
        if (request == null || request.path() == null) {
            return "/";
        }
        // The page's path, not its query: whatever was typed into an address (a search, a filter, a made-up value)
        // is never written back onto the page, where it could be read off a shared screen or carried into a link.
        return request.path();
    }

    private HttpServerRequest request() {
        RoutingContext routing = vertxRequest.getCurrent();
        return routing == null ? null : routing.request();
    }
}
