package org.safeguarding.portal.casefile.access;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.access.AccessEntry;
import org.safeguarding.portal.access.CaseAccessList;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.requests.SurvivorRequestService;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * Who read or changed the survivor's own case ({@link CaseAccessList}), and a complaint about one line of it. The
 * owner only (signed in, or the case's receipt-code session); any other case answers 404, as one that does not exist.
 */
@Path("/api/v1/me/cases/{id}/access")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyCaseAccessApiResource {

    @Inject
    CaseAccessList accessList;
    @Inject
    SurvivorRequestService requests;
    @Inject
    CurrentUser user;

    /** Newest first, at most {@link CaseAccessList#LIMIT}; reading it is audited. */
    @GET
    public List<AccessEntry> list(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> accessList.listFor(CaseActors.survivor(user), caseId))
                .map(CaseAccessList.Listing::entries).orElseThrow(NotFoundException::new);
    }

    public record QuestionForm(String text) {
    }

    /** "I don't think this should have happened": a complaint naming the line; words optional. */
    @POST
    @Path("{entryId}/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complain(@PathParam("id") String id, @PathParam("entryId") String entryId, QuestionForm form) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        return Response.status(201).entity(requests.complainAboutAccess(CaseActors.survivor(user), caseId, entryId,
                form == null ? null : form.text()).orElseThrow(NotFoundException::new)).build();
    }
}
