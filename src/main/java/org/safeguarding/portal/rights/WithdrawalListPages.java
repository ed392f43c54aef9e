package org.safeguarding.portal.rights;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** How a caseworker is told a survivor withdrew: their own cases' withdrawals and the queue's, until marked seen. */
@Path("/casework/withdrawals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class WithdrawalListPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<WithdrawalService.Unseen> withdrawals);
    }

    @Inject
    WithdrawalService withdrawals;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list() {
        return Templates.list(withdrawals.unseen(CaseActors.caseworker(user)));
    }

    @POST
    @Path("{withdrawalId}/seen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response seen(@PathParam("withdrawalId") String withdrawalId) {
        try {
            withdrawals.markSeen(CaseActors.caseworker(user), CaseIds.parse(withdrawalId)
                    .orElseThrow(NotFoundException::new)).orElseThrow(NotFoundException::new);
        } catch (Refused alreadySeen) {
            // A colleague marked it first: the list is what matters, and it no longer shows it.
        }
        return Response.seeOther(URI.create("/casework/withdrawals")).build();
    }
}
