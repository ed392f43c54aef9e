package org.safeguarding.portal.intake;

import org.safeguarding.portal.acknowledgement.Acknowledgement;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.receipt.ReceiptSessions;

/**
 * Intake for people without an account, and coming back with the receipt code. Public by design: the account is
 * accepted from anyone, and the only thing that opens it again is the code.
 */
@Path("/api/v1/anonymous")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnonymousReferralApiResource {

    /** Long and random enough that the code sealed under it cannot be recovered by guessing it. */
    private static final Pattern STRONG_KEY = Pattern.compile("[A-Za-z0-9_-]{32,100}");

    @Inject
    ReferralService referrals;
    @Inject
    ReceiptSessions receiptSessions;

    public record AnonymousSubmittedView(UUID id, String reference, CaseStatus status, Instant submittedAt,
            Acknowledgement acknowledgement, String receiptCode) {
    }

    public record SessionRequest(String receiptCode) {
    }

    public record SessionView(String token, String scheme, Instant expiresAt) {
    }

    /**
     * 201 with the receipt code: shown once; a retry with the same Idempotency-Key shows the same code. Someone else's
     * referral is answered with its reference and acknowledgement only (no code: the case is the survivor's).
     */
    @POST
    @Path("referrals")
    @PermitAll
    public Response submit(ReferralForm form, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (form == null) {
            throw new ValidationProblem(List.of(new FieldError("contactPlan.channels", "error_contact_required")));
        }
        if (idempotencyKey != null && !STRONG_KEY.matcher(idempotencyKey).matches()) {
            throw new ValidationProblem(List.of(new FieldError("Idempotency-Key", "error_anonymous_idempotency_key")));
        }
        referrals.refuseUnknownWard(form);
        String key = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString();
        // Too many starts: TooManyAttempts, answered 429 with Retry-After (web.ErrorMappers).
        receiptSessions.countStart();
        var result = referrals.submitAnonymously(form, key);
        var submission = result.submission();
        var submitted = submission.submittedCase();
        if (form.fromSomeoneElse()) {
            // The case is the survivor's: its sender is told it arrived, and given no id, link or code to open it.
            return Response.status(Response.Status.CREATED)
                    .header("Idempotent-Replayed", String.valueOf(!submission.firstTime()))
                    .entity(new ReferralApiResource.ReceivedView(submitted.reference(), submitted.openedAt(),
                            submission.acknowledgement()))
                    .build();
        }
        return Response.created(URI.create("/api/v1/me/cases/" + submitted.id()))
                .header("Idempotent-Replayed", String.valueOf(!submission.firstTime()))
                .entity(new AnonymousSubmittedView(submitted.id(), submitted.reference(), submitted.status(),
                        submitted.openedAt(), submission.acknowledgement(), result.receiptCode()))
                .build();
    }

    /**
     * Opens a session for the one case the code belongs to. Every failure is the same 401, after the same delay;
     * too many attempts are a 429 whatever the code.
     */
    @POST
    @Path("sessions")
    @PermitAll
    public Response openSession(SessionRequest request) {
        String typed = request == null ? null : request.receiptCode();
        return receiptSessions.open(typed)
                .map(session -> Response.status(201)
                        .entity(new SessionView(session.token(), "Receipt", session.expiresAt())).build())
                .orElseThrow(() -> new Refused(401, null));
    }
}
