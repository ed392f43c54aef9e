package org.safeguarding.portal.intake.hub;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.intake.IdempotencyKeys;
import org.safeguarding.portal.intake.ReferralService;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.staff.StaffDirectory;

/**
 * "Record a referral" for caseworkers: a referral the hub received by phone, in person, by letter or in a forwarded
 * e-mail, on one plain form that needs no JavaScript. {@code GET} shows it with a new idempotency key; {@code POST}
 * records it through {@link ReferralService#recordForHub} (the API's path) and goes to the case's record, or shows
 * the form again, 422, with the error summary and what was typed. docs/pages.md.
 */
@Path("/casework/referrals/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class HubReferralPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(HubReferralView view);
    }

    @Inject
    ReferralService referrals;
    @Inject
    CurrentUser user;
    @Inject
    StaffDirectory staff;
    @Inject
    Messages words;

    @GET
    public TemplateInstance form() {
        HubReferralFields empty = new HubReferralFields();
        empty.key = UUID.randomUUID().toString();
        return Templates.record(new HubReferralView(empty, ShownErrors.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@BeanParam HubReferralFields fields) {
        List<FieldError> problems = new ArrayList<>(fields.problems());
        if (!IdempotencyKeys.isWellFormed(fields.key)) {
            // Not a form this page made: nothing can make a retry of it safe, so it is shown again with a new key.
            fields.key = UUID.randomUUID().toString();
            problems.add(new FieldError("channel", "hub_error_idempotency"));
        }
        if (fields.whoToldUs() == null) {
            problems.add(new FieldError("toldBy", "referrer_error_told_by"));
        }
        if (!problems.isEmpty()) {
            // Every problem at once, how and when it reached us included, so one correction is enough.
            problems.addAll(referrals.problemsOf(fields.recording()));
            return again(fields, problems);
        }
        try {
            var recorded = referrals.recordForHub(CaseActors.caseworker(user), fields.referral(), fields.recording(),
                    fields.key);
            // The record names who wrote it down; after the recording only, so a refused form changes nothing.
            staff.seen(user.subject(), user.displayName().orElse(null));
            return Response.seeOther(URI.create("/casework/cases/" + recorded.submittedCase().id())).build();
        } catch (ValidationProblem problem) {
            return again(fields, problem.errors());
        } catch (Refused reused) {
            // The key of a form already recorded with other answers: record these as a new referral on a new form.
            fields.key = UUID.randomUUID().toString();
            return again(fields, List.of(new FieldError("channel", "hub_error_idempotency")));
        }
    }

    private Response again(HubReferralFields fields, List<FieldError> problems) {
        return Response.status(422).entity(Templates.record(new HubReferralView(fields,
                ShownErrors.of(problems, words)))).build();
    }
}
