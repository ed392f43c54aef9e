package org.safeguarding.portal.subjectaccess.web;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.subjectaccess.CopySummary;
import org.safeguarding.portal.subjectaccess.SurvivorCopies;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The survivor's copies over the API (roles survivor and receipt-holder): the list, and a released copy as JSON or
 * PDF, each download audited as theirs. Anyone else's case, and a copy not released or expired, is 404.
 */
@Path("/api/v1/me/cases/{id}/copies")
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyCopyApiResource {

    @Inject
    SurvivorCopies copies;
    @Inject
    CopyDownloads downloads;
    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CopySummary> list(@PathParam("id") String id) {
        return copies.list(CaseActors.survivor(user), parsed(id)).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{requestId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return downloads.json(CaseActors.survivor(user), parsed(id), parsed(requestId));
    }

    @GET
    @Path("{requestId}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return downloads.pdf(CaseActors.survivor(user), parsed(id), parsed(requestId));
    }

    private static UUID parsed(String id) {
        return CaseIds.parse(id).orElseThrow(NotFoundException::new);
    }
}
