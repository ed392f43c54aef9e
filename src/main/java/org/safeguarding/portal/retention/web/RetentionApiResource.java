package org.safeguarding.portal.retention.web;

import java.util.List;
import java.util.Map;
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

import org.safeguarding.portal.retention.DisposalItemView;
import org.safeguarding.portal.retention.DisposalService;
import org.safeguarding.portal.retention.HoldCategory;
import org.safeguarding.portal.retention.HoldView;
import org.safeguarding.portal.retention.LegalHoldService;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** Legal holds and the disposal list for a lead, as JSON (docs/records.md lists the paths). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEAD)
public class RetentionApiResource {

    /** A hold to set: the case's id, why (a category) and what for (free text, at most 1,000 characters). */
    public record HoldForm(UUID caseId, HoldCategory category, String reason) {
    }

    /** Why a hold is released, or why a case is kept off the disposal list. */
    public record ReasonForm(String reason) {
    }

    /** The items of the disposal list the lead approves (their ids, as listed). */
    public record ApprovalForm(List<UUID> items) {
    }

    @Inject
    LegalHoldService holds;
    @Inject
    DisposalService disposals;
    @Inject
    CurrentUser user;

    /** Every hold, current ones first. */
    @GET
    @Path("legal-holds")
    public List<HoldView> holds() {
        return holds.list(lead());
    }

    /** Sets a hold: 201 with the hold; 404 for no such case; 422 without a category or reason. */
    @POST
    @Path("legal-holds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setHold(HoldForm form) {
        if (form == null || form.caseId() == null) {
            throw new ValidationProblem(List.of(new FieldError("caseId", "error_hold_reference_unknown")));
        }
        HoldView hold = holds.set(lead(), form.caseId(), form.category(), form.reason())
                .orElseThrow(NotFoundException::new);
        return Response.status(201).entity(hold).build();
    }

    /** Releases a hold: 200 with the hold; 404 for no such hold; 409 when already released. */
    @POST
    @Path("legal-holds/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    public HoldView release(@PathParam("id") String id, ReasonForm form) {
        return CaseIds.parse(id).flatMap(holdId -> holds.release(lead(), holdId, form == null ? null : form.reason()))
                .orElseThrow(NotFoundException::new);
    }

    /** The disposal list: items due first, then the latest decisions (each the record of what was done). */
    @GET
    @Path("disposals")
    public List<DisposalItemView> disposals() {
        return disposals.list(lead());
    }

    /** Approves the listed items: each still due and not held is destroyed; the others are withdrawn. */
    @POST
    @Path("disposals/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> approve(ApprovalForm form) {
        DisposalService.Approval done = disposals.approve(lead(), form == null ? null : form.items());
        return Map.of("destroyed", done.destroyed(), "withdrawn", done.withdrawn());
    }

    /** Takes an item off the list with a reason: 404 for no such item; 409 when already decided. */
    @POST
    @Path("disposals/{id}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    public DisposalItemView remove(@PathParam("id") String id, ReasonForm form) {
        return CaseIds.parse(id).flatMap(itemId -> disposals.remove(lead(), itemId, form == null ? null
                : form.reason())).orElseThrow(NotFoundException::new);
    }

    private Actor lead() {
        return new Actor(user.subject(), Roles.LEAD);
    }
}
