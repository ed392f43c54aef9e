package org.safeguarding.portal.casefile.access;

import java.net.URI;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.access.CaseAccessList;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.requests.SurvivorRequestService;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The page of who read or changed the survivor's own case, linked from the case; on each line a plain form (no
 * script) says "I don't think this should have happened", which becomes a complaint naming that line.
 */
@Path("/my/cases/{id}/access")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyCaseAccessPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(UUID caseId, CaseAccessList.Listing listing, boolean questioned,
                String failed, List<FieldError> errors);
    }

    @Inject
    CaseAccessList accessList;
    @Inject
    SurvivorRequestService requests;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list(@PathParam("id") String id, @QueryParam("questioned") boolean questioned) {
        return page(id, questioned, null, List.of());
    }

    @POST
    @Path("{entryId}/complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complain(@PathParam("id") String id, @PathParam("entryId") String entryId,
            @RestForm String text) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        try {
            requests.complainAboutAccess(CaseActors.survivor(user), caseId, entryId, text)
                    .orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/my/cases/" + caseId + "/access?questioned=true")).build();
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(page(id, false, entryId, problem.errors())).build();
        }
    }

    private TemplateInstance page(String id, boolean questioned, String failed, List<FieldError> errors) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        CaseAccessList.Listing listing = accessList.listFor(CaseActors.survivor(user), caseId)
                .orElseThrow(NotFoundException::new);
        return Templates.list(caseId, listing, questioned, failed, errors);
    }
}
