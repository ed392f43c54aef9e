package org.safeguarding.portal.rights;

import java.util.List;

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

import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The lead's erasure requests as JSON: the open list with its clocks, one request, and the decision. */
@Path("/api/v1/erasure-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEAD)
public class ErasureApiResource {

    @Inject
    ErasureService erasures;
    @Inject
    CurrentUser user;

    @GET
    public List<ErasureService.OpenRequest> open() {
        return erasures.openRequests(ErasurePages.lead(user));
    }

    @GET
    @Path("{requestId}")
    public ErasureService.ToDecide one(@PathParam("requestId") String requestId) {
        return CaseIds.parse(requestId).flatMap(id -> erasures.openToDecide(ErasurePages.lead(user), id))
                .orElseThrow(NotFoundException::new);
    }

    public record DecisionForm(List<String> erase, String reasons) {
    }

    @POST
    @Path("{requestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ErasureService.ErasureView decide(@PathParam("requestId") String requestId, DecisionForm form) {
        return CaseIds.parse(requestId).flatMap(id -> erasures.decide(ErasurePages.lead(user), id,
                ErasurePages.categories(form == null ? null : form.erase()), form == null ? null : form.reasons()))
                .orElseThrow(NotFoundException::new);
    }
}
