package org.safeguarding.portal.intake.referrer;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The caseworker's "Make an invitation code for the survivor" (a form on the case record): the answer shows the code
 * once, in groups of five to read out, with when it expires and how to hand it over; it is never stored, so no page
 * shows it again. The need-to-know rule for a change applies, as on the API ({@link InvitationApiResource}).
 */
@Path("/casework/cases/{id}/invitation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class InvitationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance issued(ActionCase c, List<String> groups, java.time.Instant expiresAt);
    }

    @Inject
    Invitations invitations;
    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") String id) {
        Invitations.IssuedFor made = CaseIds.parse(id)
                .flatMap(caseId -> invitations.inviteTo(CaseActors.caseworker(user), caseId))
                .orElseThrow(NotFoundException::new);
        List<String> groups = Arrays.asList(made.issued().code().split("-"));
        // Shown once: a cached copy (or the browser's Back) would outlive the handover.
        return Response.ok(Templates.issued(made.found(), groups, made.issued().expiresAt()))
                .header("Cache-Control", "no-store").build();
    }
}
