package org.safeguarding.portal.casefile;

import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.contact.ConsentView;
import org.safeguarding.portal.contact.ContactPlanView;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.contact.ConsentDecision;
import org.safeguarding.portal.contact.ConsentPurpose;
import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.contact.PreferencesService;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.requests.SurvivorRequestService;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.acknowledgement.Acknowledgements;
import org.safeguarding.portal.intake.steps.DraftAnswers;
import org.safeguarding.portal.intake.steps.DraftService;
import org.safeguarding.portal.intake.steps.IntakeView;
import org.safeguarding.portal.intake.steps.StepForm;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * The survivor's own cases, as pages; a receipt-code session sees its one case here. Everything the survivor can do
 * to their case is a plain form post that redirects back to the case (no JavaScript needed).
 */
@Path("/my/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyCasesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CaseSummary> cases, boolean hasDraft, boolean draftDeleted);

        static native TemplateInstance detail(CaseDetail detail, String acknowledgementJson, boolean received,
                List<FieldError> errors);

        static native TemplateInstance contactPlan(UUID caseId, IntakeView view, boolean referrersView);

        static native TemplateInstance consents(UUID caseId, IntakeView view);
    }

    @Inject
    SurvivorRequestService requests;
    @Inject
    org.safeguarding.portal.charter.CharterService charter;
    @Inject
    CaseService cases;

    @Inject
    CaseFiles caseFiles;
    @Inject
    PreferencesService preferences;
    @Inject
    MessageService messages;
    @Inject
    Acknowledgements acknowledgements;
    @Inject
    DraftService drafts;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list(@QueryParam("draftDeleted") boolean draftDeleted) {
        return Templates.list(cases.listOwnCases(survivor()), drafts.hasDraft(user.subject()), draftDeleted);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("received") boolean received) {
        return page(ownCase(id), received, List.of());
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendMessage(@PathParam("id") String id, @RestForm String text) {
        return afterPosting(id, caseId -> messages.sendBySurvivor(survivor(), caseId, text));
    }

    @POST
    @Path("{id}/additions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addInformation(@PathParam("id") String id, @RestForm String text) {
        return afterPosting(id, caseId -> messages.addInformation(survivor(), caseId, text));
    }

    @POST
    @Path("{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(@PathParam("id") String id) {
        CaseIds.parse(id).flatMap(caseId -> cases.pauseBySurvivor(survivor(), caseId))
                .orElseThrow(NotFoundException::new);
        return backTo(id, "");
    }

    @POST
    @Path("{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@PathParam("id") String id) {
        CaseIds.parse(id).flatMap(caseId -> cases.resumeBySurvivor(survivor(), caseId))
                .orElseThrow(NotFoundException::new);
        return backTo(id, "");
    }

    @GET
    @Path("{id}/contact-plan")
    public TemplateInstance contactPlan(@PathParam("id") String id) {
        CaseDetail detail = ownCase(id);
        // Someone else's referral: until the survivor saves their own, the plan shown is what the referrer said.
        boolean referrersView = detail.preferences().contactPlan() != null
                && detail.preferences().contactPlan().referrersView();
        return Templates.contactPlan(detail.id(), IntakeView.of(0, answersOf(detail), List.of()), referrersView);
    }

    @POST
    @Path("{id}/contact-plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeContactPlan(@PathParam("id") String id, @BeanParam StepForm form) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        ContactPlan plan = form.contactPlan();
        try {
            preferences.changeContactPlan(survivor(), caseId, plan).orElseThrow(NotFoundException::new);
            return backTo(id, "");
        } catch (ValidationProblem problem) {
            DraftAnswers typed = new DraftAnswers(null, null, null, null, null, plan, null, null, null, null);
            return Response.status(422).entity(Templates.contactPlan(caseId, IntakeView.of(0, typed,
                    problem.errors()), false)).build();
        }
    }

    @GET
    @Path("{id}/consents")
    public TemplateInstance consents(@PathParam("id") String id) {
        CaseDetail detail = ownCase(id);
        return Templates.consents(detail.id(), IntakeView.of(0, answersOf(detail), List.of()));
    }

    @POST
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeConsents(@PathParam("id") String id, @BeanParam StepForm form) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        preferences.changeConsents(survivor(), caseId, form.consents()).orElseThrow(NotFoundException::new);
        return backTo(id, "");
    }

    /** "Send me a copy of my records". */
    @POST
    @Path("{id}/records-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestRecords(@PathParam("id") String id) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        requests.requestRecords(survivor(), caseId).orElseThrow(NotFoundException::new);
        return backTo(id, "#requests");
    }

    /** A complaint in the survivor's words. */
    @POST
    @Path("{id}/complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complain(@PathParam("id") String id, @RestForm String text) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        try {
            requests.complain(survivor(), caseId, text).orElseThrow(NotFoundException::new);
            return backTo(id, "#requests");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(page(ownCase(id), false, problem.errors())).build();
        }
    }

    /** "I don't want this promise", with why; a promise that cannot be waived shows the case with the reason. */
    @POST
    @Path("{id}/commitments/{commitmentId}/waiver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response waive(@PathParam("id") String id, @PathParam("commitmentId") String commitmentId,
            @RestForm String reason) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        UUID instance = CaseIds.parse(commitmentId).orElseThrow(NotFoundException::new);
        try {
            charter.waive(survivor(), caseId, instance, reason).orElseThrow(NotFoundException::new);
            return backTo(id, "#promises");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(page(ownCase(id), false, problem.errors())).build();
        } catch (org.safeguarding.portal.core.Refused refused) {
            return Response.status(refused.status()).entity(page(ownCase(id), false, List.of(new FieldError(
                    "promises", refused.messageKey())))).build();
        }
    }

    /** Posts, then back to the case's messages; a message that cannot be sent shows the case with the problem. */
    private Response afterPosting(String id, java.util.function.Function<UUID, Optional<?>> post) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        try {
            post.apply(caseId).orElseThrow(NotFoundException::new);
            return backTo(id, "#messages");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(page(ownCase(id), false, problem.errors())).build();
        }
    }

    private TemplateInstance page(CaseDetail detail, boolean received, List<FieldError> errors) {
        String proof = detail.acknowledgement() == null ? null : acknowledgements.toJson(detail.acknowledgement());
        return Templates.detail(detail, proof, received, errors);
    }

    private CaseDetail ownCase(String id) {
        return CaseIds.parse(id).flatMap(caseId -> caseFiles.findOwnCase(survivor(), caseId))
                .orElseThrow(NotFoundException::new);
    }

    /** The plan and consents in force, in the shape the intake's fields render. */
    private static DraftAnswers answersOf(CaseDetail detail) {
        ContactPlanView plan = detail.preferences().contactPlan();
        ContactPlan current = plan == null ? null
                : new ContactPlan(java.util.Set.copyOf(plan.channels()), plan.voicemail(), plan.safeTimes(),
                        plan.codeWord(), plan.noContact(), java.util.Set.copyOf(plan.safeWindows()), plan.phone(),
                        plan.email());
        java.util.Map<ConsentPurpose, ConsentDecision> answers = new java.util.EnumMap<>(ConsentPurpose.class);
        for (var entry : detail.preferences().consents().entrySet()) {
            ConsentView consent = entry.getValue();
            answers.put(entry.getKey(), consent.decision());
        }
        return new DraftAnswers(null, null, null, null, null, current, Consents.of(answers), null, null,
                null);
    }

    private Actor survivor() {
        return CaseActors.survivor(user);
    }

    private static Response backTo(String id, String fragment) {
        return Response.seeOther(URI.create("/my/cases/" + id + fragment)).build();
    }
}
