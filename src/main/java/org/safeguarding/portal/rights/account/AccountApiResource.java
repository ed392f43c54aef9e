package org.safeguarding.portal.rights.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.session.EndedSignIns;

/** Closing the survivor's own portal account, as JSON: their sign-in is disabled, their cases kept. */
@Path("/api/v1/me/account/closure")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SURVIVOR)
public class AccountApiResource {

    @Inject
    AccountClosures closures;
    @Inject
    CurrentUser user;
    @Inject
    SecurityIdentity identity;
    @Inject
    org.safeguarding.portal.core.Messages words;

    /** What the survivor is told: closed, and how to come back. */
    public record Closed(boolean closed, String comeBack) {
    }

    @POST
    public Response close() {
        try {
            closures.close(new Actor(user.subject(), Roles.SURVIVOR), EndedSignIns.sessionIdOf(identity));
        } catch (KeycloakAccounts.Unavailable e) {
            return Response.status(503).build();
        }
        return Response.ok(new Closed(true, words.text("account_closed_come_back"))).build();
    }
}
