package org.safeguarding.portal.web.language;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpServerRequest;
import org.safeguarding.portal.core.Language;
import org.safeguarding.portal.core.Languages;
import org.safeguarding.portal.security.session.PortalCookies;

/**
 * The language a request asks for: the person's own choice (the language cookie, set only by the language link),
 * otherwise the browser's {@code Accept-Language}, otherwise English; the JSON API always English. Read from the
 * request itself, so it also answers where no request context is active (the sign-in redirect, {@link
 * SignInInTheChosenLanguage}).
 */
@ApplicationScoped
public class RequestLanguage {

    private final Languages languages;
    private final PortalCookies cookies;

    RequestLanguage(Languages languages, PortalCookies cookies) {
        this.languages = languages;
        this.cookies = cookies;
    }

    public Language of(HttpServerRequest request) {
        if (request == null || request.path() == null || request.path().startsWith("/api/")) {
            return languages.english();
        }
        Optional<Language> chosen = cookies.valueIn(request, LanguageChoice.COOKIE).flatMap(languages::byCode);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        return languages.bestFor(request.getHeader("Accept-Language")).orElse(languages.english());
    }
}
