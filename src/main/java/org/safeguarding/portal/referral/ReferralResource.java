package org.safeguarding.portal.referral;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.casework.CaseActors;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.web.FieldError;
import org.safeguarding.portal.web.ValidationProblem;

/**
 * "Tell us what happened": the signed-in survivor's account, as a plain HTML form that needs no JavaScript.
 * Post/redirect/get, so a refresh never submits twice; the hidden idempotency key makes a double click safe too.
 */
@Path("/my/tell-us")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SURVIVOR)
public class ReferralResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String account, String idempotencyKey, List<FieldError> errors,
                int maxLength);
    }

    @Inject
    ReferralService referrals;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance form() {
        return Templates.form("", UUID.randomUUID().toString(), List.of(), ReferralForm.MAX_ACCOUNT_LENGTH);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestForm String account, @RestForm String idempotencyKey) {
        String key = IdempotencyKeys.isWellFormed(idempotencyKey) ? idempotencyKey : UUID.randomUUID().toString();
        try {
            var submission = referrals.submitReferral(CaseActors.survivor(user), new ReferralForm(account), key);
            URI caseUri = URI.create("/my/cases/" + submission.submittedCase().id() + "?received=true");
            return Response.seeOther(caseUri).build();
        } catch (ValidationProblem problem) {
            // Show the form again with what they typed, so nothing is lost.
            return Response.status(422).entity(Templates.form(account == null ? "" : account, key, problem.errors(),
                    ReferralForm.MAX_ACCOUNT_LENGTH)).build();
        }
    }
}
