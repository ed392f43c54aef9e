package org.safeguarding.portal.actions;

import org.safeguarding.portal.cases.ActionCase;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.CaseService;

import java.util.Optional;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.staff.StaffDirectory;

/**
 * "Claim this case", one thing per page: the caseworker becomes the survivor's named worker. {@code GET} shows the form with the case's reference and status,
 * {@code POST} to the same path does it: 303 to the record with a notification, or the page again with the error
 * summary and what was typed.
 */
@Path("/casework/cases/{id}/claim")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class ClaimPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ActionCase c, Problems problems);
    }

    @Inject
    CaseService cases;
    @Inject
    StaffDirectory staff;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response claimPage(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> Templates.claim(open(caseId), Problems.NONE));
    }

    /** "Claim this case": the caseworker becomes the survivor's named worker. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        staff.seen(user.subject(), user.displayName().orElse(null));
        return ActionPages.act(caseId, "claim", "claim-form", words,
                () -> cases.assign(CaseActors.caseworker(user), caseId, Optional.empty()),
                problems -> Templates.claim(open(caseId), problems));
    }

    private ActionCase open(UUID caseId) {
        return cases.openForChange(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
    }
}
