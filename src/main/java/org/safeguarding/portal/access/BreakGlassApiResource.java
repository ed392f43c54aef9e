package org.safeguarding.portal.access;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The break-glass openings awaiting a colleague's review. */
@Path("/api/v1/break-glass")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CASEWORKER)
public class BreakGlassApiResource {

    @Inject
    RecordAccess access;
    @Inject
    CurrentUser user;

    @GET
    public List<BreakGlassView> awaitingReview() {
        return access.awaitingReview(CaseActors.caseworker(user));
    }

    /** Marks an opening reviewed; 409 for one's own. */
    @POST
    @Path("{id}/review")
    public Response review(@PathParam("id") String id) {
        CaseIds.parse(id).flatMap(accessId -> access.markReviewed(CaseActors.caseworker(user), accessId))
                .orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }
}
