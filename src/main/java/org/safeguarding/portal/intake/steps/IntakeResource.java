package org.safeguarding.portal.intake.steps;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import org.safeguarding.portal.intake.ReferralService;
import org.safeguarding.portal.area.AreaCatalogue;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.intake.hub.ShownErrors;

/**
 * "Tell us what happened" in short steps, as plain HTML forms that need no JavaScript. Each "Continue" saves the
 * draft (encrypted, server-side) and redirects to the next step, so a refresh never posts twice and nothing typed is
 * lost between steps. The last step checks the answers and sends them once (the draft's idempotency key).
 */
@Path("/my/tell-us")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class IntakeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance step(IntakeView view, ShownErrors shown);

        static native TemplateInstance check(IntakeView view, ShownErrors shown);

        /** What someone else telling us sees once it is sent: that it was received, its reference, the proof. */
        static native TemplateInstance sent(String reference, java.time.Instant receivedAt,
                org.safeguarding.portal.acknowledgement.Acknowledgement acknowledgement);
    }

    @Inject
    DraftService drafts;
    @Inject
    ReferralService referrals;
    @Inject
    CurrentUser user;
    @Inject
    CaseService cases;
    @Inject
    AreaCatalogue areas;
    @Inject
    Messages words;

    @GET
    public Response start() {
        return seeOther("/my/tell-us/" + IntakeSteps.WHAT_HAPPENED);
    }

    @GET
    @Path("{step:[0-9]+}")
    public Response step(@PathParam("step") int step) {
        requireQuestion(step);
        if (hasSentTheirOneCase()) {
            return seeOther("/my/cases");
        }
        return Response.ok(Templates.step(IntakeView.of(step, drafts.draftOf(user.subject()), List.of(),
                areas), ShownErrors.NONE)).build();
    }

    /** Saves this step's answers; "back" saves too, so going back never loses anything either. */
    @POST
    @Path("{step:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveStep(@PathParam("step") int step, @BeanParam StepForm form) {
        requireQuestion(step);
        if (hasSentTheirOneCase()) {
            return seeOther("/my/cases");
        }
        var result = IntakeSteps.apply(step, drafts.draftOf(user.subject()), form, areas);
        if (!result.errors().isEmpty()) {
            // Shown again with what they typed, and nothing saved that the step refused.
            return Response.status(422).entity(Templates.step(IntakeView.of(step, result.answers(),
                    result.errors(), areas), ShownErrors.of(result.errors(), words))).build();
        }
        drafts.save(user.subject(), result.answers());
        boolean back = form.back != null;
        int next = IntakeSteps.next(step, result.answers(), back);
        return seeOther(next == IntakeSteps.CHECK ? "/my/tell-us/check" : "/my/tell-us/" + next);
    }

    @GET
    @Path("check")
    public Response check() {
        if (hasSentTheirOneCase()) {
            return seeOther("/my/cases");
        }
        return Response.ok(Templates.check(IntakeView.of(IntakeSteps.QUESTIONS + 1, drafts.draftOf(user.subject()),
                List.of(), areas), ShownErrors.NONE)).build();
    }

    @POST
    @Path("send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send() {
        if (!drafts.hasDraft(user.subject()) || hasSentTheirOneCase()) {
            // Already sent (a second click after the first went through), or deleted: nothing to send.
            return seeOther("/my/cases");
        }
        DraftAnswers answers = drafts.draftOf(user.subject());
        try {
            var submission = referrals.submitReferral(CaseActors.survivor(user), answers.toForm(),
                    answers.idempotencyKey());
            drafts.delete(user.subject());
            if (answers.fromSomeoneElse()) {
                // The case is the survivor's: the sender is shown that it arrived, never the case. Shown in answer to
                // the post (there is no page of it to go back to); a second post finds no draft and goes to the list.
                var received = submission.submittedCase();
                return Response.ok(Templates.sent(received.reference(), received.openedAt(),
                        submission.acknowledgement())).header("Cache-Control", "no-store").build();
            }
            return seeOther("/my/cases/" + submission.submittedCase().id() + "?received=true");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(Templates.check(IntakeView.of(IntakeSteps.QUESTIONS + 1, answers,
                    problem.errors(), areas), ShownErrors.of(problem.errors(), words))).build();
        }
    }

    /** Deletes everything typed so far, at the survivor's request. */
    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete() {
        drafts.delete(user.subject());
        return seeOther("/my/cases?draftDeleted=true");
    }

    /** A receipt code opens one case: once it is sent, more is added from the case page, not as a second case. */
    private boolean hasSentTheirOneCase() {
        return user.hasRole(Roles.RECEIPT_HOLDER) && cases.ownsAnyCase(user.subject());
    }

    private void requireQuestion(int step) {
        if (!IntakeSteps.isQuestion(step)) {
            throw new NotFoundException();
        }
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
