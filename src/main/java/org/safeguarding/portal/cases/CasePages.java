package org.safeguarding.portal.cases;

import java.util.List;
import java.util.Optional;
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

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.staff.StaffDirectory;

/**
 * The hub's action pages that need only the case itself, one thing per page: claim the case, move it along the
 * workflow (including proposing, signing off or declining closure), agree how often to keep in touch. Each page is
 * {@code GET} (the form) and {@code POST} to the same path: 303 to the record with a notification, or the page again
 * with the error summary and what was typed.
 */
@Path("/casework/cases/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class CasePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ActionCase c, Problems problems);

        static native TemplateInstance transition(CaseWorkflowService.MoveChoices choices, MoveForm form,
                List<String> closureReasons, Problems problems);

        static native TemplateInstance contactFrequency(ActionCase c, String days, Problems problems);
    }

    /** What was typed on the move page, shown again when the move did not happen. */
    public record MoveForm(String to, String reason, String survivorReasons, boolean exitPlanAgreed,
            String closureReason) {
        static final MoveForm EMPTY = new MoveForm("", "", "", false, "");
    }

    @Inject
    CaseService cases;
    @Inject
    CaseWorkflowService workflow;
    @Inject
    StaffDirectory staff;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    @Path("claim")
    public Response claimPage(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> Templates.claim(open(caseId), Problems.NONE));
    }

    /** "Claim this case": the caseworker becomes the survivor's named worker. */
    @POST
    @Path("claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        staff.seen(user.subject(), user.displayName().orElse(null));
        return ActionPages.act(caseId, "claim", "claim-form", words,
                () -> cases.assign(CaseActors.caseworker(user), caseId, Optional.empty()),
                problems -> Templates.claim(open(caseId), problems));
    }

    @GET
    @Path("transitions")
    public Response transitionPage(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> Templates.transition(choices(caseId), MoveForm.EMPTY, closureReasons(), Problems.NONE));
    }

    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") String id, @RestForm String to, @RestForm String reason,
            @RestForm String survivorReasons, @RestForm String exitPlanAgreed, @RestForm String closureReason) {
        UUID caseId = ActionPages.caseId(id);
        var requested = new CaseWorkflowService.Transition(ActionPages.enumOrNull(CaseStatus.class, to), reason,
                survivorReasons, "yes".equals(exitPlanAgreed), ActionPages.enumOrNull(ClosureReason.class, closureReason));
        MoveForm typed = new MoveForm(ActionPages.kept(to), ActionPages.kept(reason), ActionPages.kept(survivorReasons),
                "yes".equals(exitPlanAgreed), ActionPages.kept(closureReason));
        return ActionPages.act(caseId, "transition", "move-form", words, () -> workflow.transition(CaseActors.caseworker(user), caseId, requested),
                problems -> Templates.transition(choices(caseId), typed, closureReasons(), problems));
    }

    @GET
    @Path("contact-frequency")
    public Response contactFrequencyPage(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> {
            ActionCase c = open(caseId);
            return Templates.contactFrequency(c, c.contactEveryDays() == null ? "" : c.contactEveryDays().toString(),
                    Problems.NONE);
        });
    }

    @POST
    @Path("contact-frequency")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response agreeContactFrequency(@PathParam("id") String id, @RestForm String days) {
        UUID caseId = ActionPages.caseId(id);
        Integer every;
        try {
            every = days == null || days.isBlank() ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException notANumber) {
            every = null;
        }
        Integer agreed = every;
        return ActionPages.act(caseId, "contact_frequency", "contact-frequency-form", words,
                () -> cases.agreeContactFrequency(CaseActors.caseworker(user), caseId, agreed),
                problems -> Templates.contactFrequency(open(caseId), ActionPages.kept(days), problems));
    }

    private ActionCase open(UUID caseId) {
        return cases.openForChange(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
    }

    private CaseWorkflowService.MoveChoices choices(UUID caseId) {
        return workflow.choicesFor(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
    }

    private static List<String> closureReasons() {
        return ActionPages.names(ClosureReason.values());
    }
}
