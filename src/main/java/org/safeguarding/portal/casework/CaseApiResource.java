package org.safeguarding.portal.casework;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.safeguarding.portal.casework.CaseViews.CaseDetail;
import org.safeguarding.portal.casework.CaseViews.CaseSummary;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The triage queue and case records for the hub's systems and scripts. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CASEWORKER)
public class CaseApiResource {

    @Inject
    CaseService cases;
    @Inject
    CurrentUser user;

    @GET
    public List<CaseSummary> queue() {
        return cases.queue(CaseActors.caseworker(user));
    }

    @GET
    @Path("{id}")
    public CaseDetail record(@PathParam("id") String id) {
        return CaseIds.parse(id)
                .flatMap(caseId -> cases.openRecord(CaseActors.caseworker(user), caseId,
                        CaseQueueResource.TRIAGE_PURPOSE))
                .orElseThrow(NotFoundException::new);
    }
}
