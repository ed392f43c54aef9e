package org.safeguarding.portal.charter;

import org.safeguarding.portal.core.Actor;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.safeguarding.portal.charter.CharterEscalations.Escalation;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The charter in force, for anyone, and the list of its breaches, for the hub. */
@Path("/api/v1/charter")
@Produces(MediaType.APPLICATION_JSON)
public class CharterApiResource {

    @Inject
    CharterCatalogue catalogue;
    @Inject
    CharterEscalations escalations;
    @Inject
    CurrentUser user;
    @Inject
    java.time.Clock clock;

    /** Public: the promises are the council's to every survivor, signed in or not. */
    @GET
    @PermitAll
    public CharterDefinition inForce() {
        return catalogue.versionFor(java.time.Instant.now(clock));
    }

    /** Every breach the clock escalated, newest first: references and promises only, no free text. */
    @GET
    @Path("escalations")
    @RolesAllowed(Roles.CASEWORKER)
    public List<Escalation> escalations() {
        return escalations.list(new org.safeguarding.portal.core.Actor(user.subject(),
                Roles.CASEWORKER));
    }
}
