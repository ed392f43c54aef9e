package org.safeguarding.portal.web.language;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;

/**
 * Keycloak's sign-in and sign-out pages speak the language the person chose on the portal: the redirect carries it
 * as OpenID Connect's {@code ui_locales} (Keycloak shows that locale when the realm offers it: en, cy, ur, pl, docs/
 * languages.md). Without it, Keycloak would follow only the browser's {@code Accept-Language} and a person who chose
 * Cymraeg on the portal would sign in in English. Sets no cookie at Keycloak: the choice stays the portal's.
 */
@ApplicationScoped
@Unremovable
@Redirect({ Redirect.Location.OIDC_AUTHORIZATION, Redirect.Location.OIDC_LOGOUT })
public class SignInInTheChosenLanguage implements OidcRedirectFilter {

    private final RequestLanguage language;

    SignInInTheChosenLanguage(RequestLanguage language) {
        this.language = language;
    }

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams().set("ui_locales", language.of(context.routingContext().request()).code());
    }
}
