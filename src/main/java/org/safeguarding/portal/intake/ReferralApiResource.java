package org.safeguarding.portal.intake;

import org.safeguarding.portal.acknowledgement.Acknowledgement;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * Submitting an account through the API. A retry with the same Idempotency-Key returns the first result. An unknown
 * value (an answer no enum has, a ward the areas file does not list) is a 400 and nothing is stored.
 */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralApiResource {

    @Inject
    ReferralService referrals;
    @Inject
    CurrentUser user;

    public record SubmittedView(UUID id, String reference, CaseStatus status, Instant submittedAt,
            Acknowledgement acknowledgement) {
    }

    /**
     * What the sender of someone else's referral is answered: that it was received, its reference and the
     * acknowledgement. No case id and no link: the case is the survivor's, and the sender never reads it.
     */
    public record ReceivedView(String reference, Instant receivedAt, Acknowledgement acknowledgement) {
    }

    @POST
    @RolesAllowed(Roles.SURVIVOR)
    public Response submit(ReferralForm form, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (form == null) {
            throw new ValidationProblem(List.of(new FieldError("contactPlan.channels", "error_contact_required")));
        }
        if (idempotencyKey != null && !IdempotencyKeys.isWellFormed(idempotencyKey)) {
            throw new ValidationProblem(List.of(new FieldError("Idempotency-Key", "error_idempotency_key")));
        }
        referrals.refuseUnknownWard(form);
        String key = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString();
        var submission = referrals.submitReferral(CaseActors.survivor(user), form, key);
        var submitted = submission.submittedCase();
        if (form.fromSomeoneElse()) {
            return Response.status(Response.Status.CREATED)
                    .header("Idempotent-Replayed", String.valueOf(!submission.firstTime()))
                    .entity(new ReceivedView(submitted.reference(), submitted.openedAt(), submission.acknowledgement()))
                    .build();
        }
        return Response.created(URI.create("/api/v1/me/cases/" + submitted.id()))
                .header("Idempotent-Replayed", String.valueOf(!submission.firstTime()))
                .entity(new SubmittedView(submitted.id(), submitted.reference(), submitted.status(),
                        submitted.openedAt(), submission.acknowledgement()))
                .build();
    }
}
