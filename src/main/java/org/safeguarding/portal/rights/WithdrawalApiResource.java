package org.safeguarding.portal.rights;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** Withdrawals a caseworker has not seen (their cases and the queue's), and marking one seen, as JSON. */
@Path("/api/v1/withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CASEWORKER)
public class WithdrawalApiResource {

    @Inject
    WithdrawalService withdrawals;
    @Inject
    CurrentUser user;

    @GET
    public List<WithdrawalService.Unseen> unseen() {
        return withdrawals.unseen(CaseActors.caseworker(user));
    }

    @POST
    @Path("{withdrawalId}/seen")
    public Response seen(@PathParam("withdrawalId") String withdrawalId) {
        CaseIds.parse(withdrawalId).flatMap(id -> withdrawals.markSeen(CaseActors.caseworker(user), id))
                .orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }
}
