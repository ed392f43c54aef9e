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
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The survivor's choices about a case of theirs, as JSON (docs/api.md); anyone else's case answers 404. */
@Path("/api/v1/me/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyRightsApiResource {

    @Inject
    WithdrawalService withdrawals;
    @Inject
    ErasureService erasures;
    @Inject
    CurrentUser user;

    /** "I no longer want the hub to act" (409 if already withdrawn or closed). */
    @POST
    @Path("withdrawal")
    public WithdrawalService.Withdrawn withdraw(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> withdrawals.withdraw(CaseActors.survivor(user), caseId))
                .orElseThrow(NotFoundException::new);
    }

    public record StatusView(CaseStatus status) {
    }

    /** "Please act again" on a withdrawn case: it reopens (409 unless withdrawn). */
    @POST
    @Path("renewal")
    public StatusView askAgain(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> withdrawals.askAgain(CaseActors.survivor(user), caseId))
                .map(StatusView::new).orElseThrow(NotFoundException::new);
    }

    public record ErasureForm(String words) {
    }

    /** "Please erase my data", words optional: decided by a lead within one calendar month. */
    @POST
    @Path("erasure-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response askErasure(@PathParam("id") String id, ErasureForm form) {
        return CaseIds.parse(id).flatMap(caseId -> erasures.ask(CaseActors.survivor(user), caseId,
                form == null ? null : form.words())).map(made -> Response.status(201).entity(made).build())
                .orElseThrow(NotFoundException::new);
    }

    /** The survivor's erasure requests on the case and their decisions, oldest first. */
    @GET
    @Path("erasure-requests")
    public List<ErasureService.ErasureView> erasureRequests(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> erasures.requestsOf(CaseActors.survivor(user), caseId))
                .orElseThrow(NotFoundException::new);
    }
}
