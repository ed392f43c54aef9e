package org.safeguarding.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.safeguarding.portal.security.CsrfTokens;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** What every page's layout needs about the request: {@code {inject:page.…}} in templates. */
@Named("page")
@RequestScoped
public class PageContext {

    @Inject
    CurrentUser user;
    @Inject
    CsrfTokens csrf;
    @Inject
    java.time.Clock clock;
    @Inject
    org.safeguarding.portal.web.language.LanguageChoice language;

    /**
     * How long a sign-in stays open without a request (Keycloak's SSO idle timeout, 15 minutes in the realm; receipt
     * sessions last longer). Pages that take typing say by when to press Continue, as a warning that needs no script.
     */
    @ConfigProperty(name = "portal.pages.session-idle", defaultValue = "15M")
    java.time.Duration sessionIdle;

    /** "6:42pm" ("18:42"): the time by which what is typed on this page must be sent to be kept. */
    public String getKeepAnswersUntil() {
        return TimeFormats.clockTime(java.time.Instant.now(clock).plus(sessionIdle).minusSeconds(60),
                language.locale());
    }

    /** Whole days from the instant to now, for queue ages: {@code {inject:page.daysAgo(c.openedAt)}}. */
    public long daysAgo(java.time.Instant at) {
        return TimeFormats.daysBetween(at, java.time.Instant.now(clock));
    }

    /** The hidden field value every form on the page carries; empty when no one is signed in. */
    public String getCsrfToken() {
        return csrf.tokenFor(user).orElse("");
    }

    public boolean isSignedIn() {
        return user.signedIn();
    }

    public String getDisplayName() {
        return user.displayName().orElse("");
    }

    public boolean isSurvivor() {
        return user.signedIn() && user.hasRole(Roles.SURVIVOR);
    }

    /** Someone without an account, in a session opened with a receipt code. */
    public boolean isReceiptHolder() {
        return user.signedIn() && user.hasRole(Roles.RECEIPT_HOLDER);
    }

    public boolean isCaseworker() {
        return user.signedIn() && user.hasRole(Roles.CASEWORKER);
    }

    /** The hub's team lead: offered the records' pages (legal holds, the disposal list). */
    public boolean isLead() {
        return user.signedIn() && user.hasRole(Roles.LEAD);
    }

    public boolean isBoard() {
        return user.signedIn() && user.hasRole(Roles.BOARD);
    }
}
