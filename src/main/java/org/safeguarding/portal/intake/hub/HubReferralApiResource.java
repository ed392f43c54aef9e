package org.safeguarding.portal.intake.hub;

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

import org.safeguarding.portal.acknowledgement.Acknowledgement;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.intake.HubRecording;
import org.safeguarding.portal.intake.IdempotencyKeys;
import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.intake.AgeBand;
import org.safeguarding.portal.intake.Ethnicity;
import org.safeguarding.portal.intake.ReceivedChannel;
import org.safeguarding.portal.intake.Sex;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.intake.referrer.ReferrerForm;
import org.safeguarding.portal.intake.ReferralForm;
import org.safeguarding.portal.intake.ReferralService;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.staff.StaffDirectory;

/**
 * A caseworker records a referral the hub received by phone, in person, by letter or in a forwarded e-mail: how and
 * when it reached us, and the referral as the survivor or the referrer gave it (the fields of
 * {@code POST /api/v1/referrals}). The case is the survivor's (invited later), and its clocks run from
 * {@code receivedAt}. docs/intake.md, "Referrals the hub records".
 */
@Path("/api/v1/hub/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HubReferralApiResource {

    @Inject
    ReferralService referrals;
    @Inject
    CurrentUser user;
    @Inject
    StaffDirectory staff;

    /**
     * The request: how and when it reached us, and the referral as told, in the fields of {@code POST
     * /api/v1/referrals} (a client sends one shape of referral, with two more fields here).
     */
    public record HubReferralRequest(ReceivedChannel channel, Instant receivedAt, String account, Subject subject,
            AgeBand ageAtHarm, Boolean currentRisk, ContactPlan contactPlan, Consents consents, Sex sex,
            Ethnicity ethnicity, String ward, ReferrerForm referrer) {

        ReferralForm referral() {
            return new ReferralForm(account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex, ethnicity,
                    ward, referrer);
        }
    }

    /** The answer: the case the caseworker may go on to (its record is read like any other, audited). */
    public record RecordedView(UUID id, String reference, Instant receivedAt, Acknowledgement acknowledgement) {
    }

    @POST
    @RolesAllowed(Roles.CASEWORKER)
    public Response record(HubReferralRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (request == null) {
            throw new ValidationProblem(List.of(new FieldError("contactPlan.channels", "error_contact_required")));
        }
        if (idempotencyKey != null && !IdempotencyKeys.isWellFormed(idempotencyKey)) {
            throw new ValidationProblem(List.of(new FieldError("Idempotency-Key", "error_idempotency_key")));
        }
        referrals.refuseUnknownWard(request.referral());
        String key = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString();
        var submission = referrals.recordForHub(CaseActors.caseworker(user), request.referral(),
                new HubRecording(request.channel(), request.receivedAt()), key);
        var recorded = submission.submittedCase();
        // The record says who wrote it down, by the name the directory knows them by (after the recording only: a
        // refused request changes nothing).
        staff.seen(user.subject(), user.displayName().orElse(null));
        return Response.created(URI.create("/api/v1/cases/" + recorded.id()))
                .header("Idempotent-Replayed", String.valueOf(!submission.firstTime()))
                .entity(new RecordedView(recorded.id(), recorded.reference(), recorded.openedAt(),
                        submission.acknowledgement()))
                .build();
    }
}
