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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.subjectaccess.CopySummary;
import org.safeguarding.portal.subjectaccess.SurvivorCopies;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The survivor's copies of their records, linked from their case page (signed in, or in a receipt-code session for
 * its one case): each copy's state, and for a released one the PDF and JSON downloads. Anyone else's case is 404.
 */
@Path("/my/cases/{id}/copies")
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyCopyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(UUID caseId, List<CopySummary> copies, String ico);
    }

    @Inject
    SurvivorCopies copies;
    @Inject
    CopyDownloads downloads;
    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("id") String id) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        return Templates.list(caseId, copies.list(CaseActors.survivor(user), caseId)
                .orElseThrow(NotFoundException::new), SurvivorCopies.ICO_COMPLAINTS);
    }

    @GET
    @Path("{requestId}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return downloads.pdf(CaseActors.survivor(user), parsed(id), parsed(requestId));
    }

    @GET
    @Path("{requestId}/json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return downloads.json(CaseActors.survivor(user), parsed(id), parsed(requestId));
    }

    private static UUID parsed(String id) {
        return CaseIds.parse(id).orElseThrow(NotFoundException::new);
    }
}
