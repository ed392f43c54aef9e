package org.safeguarding.portal.cases.web;

import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The audit actor for the role an endpoint is serving, taken from the endpoint rather than guessed from roles. */
public final class CaseActors {

    private CaseActors() {
    }

    /** The owner of a case: a signed-in survivor, or someone in a session opened with the case's receipt code. */
    public static Actor survivor(CurrentUser user) {
        return new Actor(user.subject(), user.hasRole(Roles.RECEIPT_HOLDER) ? Roles.RECEIPT_HOLDER : Roles.SURVIVOR);
    }

    public static Actor caseworker(CurrentUser user) {
        return new Actor(user.subject(), Roles.CASEWORKER);
    }
}
