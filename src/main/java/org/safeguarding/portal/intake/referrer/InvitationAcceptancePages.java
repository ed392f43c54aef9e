package org.safeguarding.portal.intake.referrer;

import java.net.URI;
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

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.limits.TooManyAttempts;

/**
 * The signed-in survivor takes over a case someone else referred with the code the hub gave them: a form (spaces,
 * dashes and small letters allowed); any code that opens nothing gets the same error (422), never quoting what was
 * typed; too many tries are 429 ({@link InvitationAcceptance}). On success, the page that asks for their own contact
 * plan and consents, which is also where a receipt-code holder lands after saving their new code.
 */
@Path("/my/invitation")
@Produces(MediaType.TEXT_HTML)
public class InvitationAcceptancePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enter(String csrf, String problem, boolean withReceipt);

        static native TemplateInstance taken(CaseSummary taken);
    }

    @Inject
    InvitationAcceptance acceptance;
    @Inject
    CaseService cases;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(Roles.SURVIVOR)
    public TemplateInstance enter() {
        return Templates.enter(null, null, false);
    }

    @POST
    @RolesAllowed(Roles.SURVIVOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestForm String code) {
        try {
            return acceptance.accept(CaseActors.survivor(user), code)
                    .map(taken -> Response.seeOther(URI.create("/my/invitation/taken/" + taken.id())).build())
                    .orElseGet(() -> Response.status(422).entity(Templates.enter(null, "invitation_error_code", false))
                            .build());
        } catch (TooManyAttempts refused) {
            return Response.status(429).header("Retry-After", refused.retryAfter().toSeconds())
                    .entity(Templates.enter(null, "invitation_error_too_many", false)).build();
        }
    }

    /** The case just taken over (the owner's own, else 404): what to do next, in the survivor's own words. */
    @GET
    @Path("taken/{id}")
    @RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
    public TemplateInstance taken(@PathParam("id") String id) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        return cases.listOwnCases(CaseActors.survivor(user)).stream().filter(c -> c.id().equals(caseId)).findFirst()
                .map(Templates::taken).orElseThrow(NotFoundException::new);
    }
}
