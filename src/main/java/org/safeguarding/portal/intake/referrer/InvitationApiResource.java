package org.safeguarding.portal.intake.referrer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The caseworker makes the survivor's invitation to a case someone else referred: a one-time code, shown once, to hand
 * over safely (never to the referrer). The survivor accepts it with {@link InvitationAcceptanceApiResource}.
 */
@Path("/api/v1/cases/{id}/invitation")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationApiResource {

    @Inject
    Invitations invitations;
    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.CASEWORKER)
    public Response invite(@PathParam("id") String id) {
        Invitations.Issued issued = CaseIds.parse(id)
                .flatMap(caseId -> invitations.invite(CaseActors.caseworker(user), caseId))
                .orElseThrow(NotFoundException::new);
        // Shown once: a cached copy would outlive the handover.
        return Response.status(201).header("Cache-Control", "no-store").entity(issued).build();
    }
}
