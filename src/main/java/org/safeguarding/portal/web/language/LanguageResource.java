package org.safeguarding.portal.web.language;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.core.Language;
import org.safeguarding.portal.core.Languages;
import org.safeguarding.portal.security.SecurityConfig;
import org.safeguarding.portal.security.session.PortalCookies;

/**
 * The language link: {@code GET /language?choose=cy&return=/charter} remembers the choice and goes back to the page
 * it was chosen on. A plain link, so it works without JavaScript and before anyone has a session (a form would need
 * the pre-session CSRF cookie first); the worst a link from elsewhere can do is change the language, which the page
 * then shows in that language's own name. Only a path on this site is a return address (no open redirect).
 */
@Path("/language")
@Produces(MediaType.TEXT_HTML)
public class LanguageResource {

    /** A path on this site: one slash, then no second slash or backslash that a browser reads as another host. */
    private static final Pattern LOCAL_PATH = Pattern
            .compile("/(?![/\\\\])(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*");

    @Inject
    Languages languages;
    @Inject
    PortalCookies cookies;
    @Inject
    SecurityConfig security;

    @GET
    @PermitAll
    public Response choose(@QueryParam("choose") String code, @QueryParam("return") String back) {
        Optional<Language> chosen = code == null ? Optional.empty() : languages.byCode(code);
        if (chosen.isEmpty()) {
            // The error page, from web.ErrorMappers (this package may not depend on web: web's layout uses it).
            throw new BadRequestException();
        }
        return Response.seeOther(URI.create(localOrHome(back))).cookie(cookieFor(chosen.get())).build();
    }

    /**
     * A first-party preference holding only the language code: whole site, no Domain ({@code __Host-} behind TLS),
     * unreadable by script, sent on a link followed from elsewhere (Lax) so the page arrives in the chosen language,
     * and gone when the browser closes, so a shared device keeps no lasting trace of the visit.
     */
    private NewCookie cookieFor(Language language) {
        return new NewCookie.Builder(cookies.nameOf(LanguageChoice.COOKIE)).value(language.code()).path("/")
                .httpOnly(true).secure(security.secureCookies()).sameSite(NewCookie.SameSite.LAX).build();
    }

    static String localOrHome(String back) {
        return back != null && back.length() <= 2000 && LOCAL_PATH.matcher(back).matches() ? back : "/";
    }
}
