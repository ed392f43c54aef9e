package org.safeguarding.portal.actions;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.CaseWorkflowService;
import org.safeguarding.portal.cases.ClosureReason;

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

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * "Move the case", one thing per page: where the case may go now along the workflow, including proposing,
 * signing off or declining closure, with the reasons each move asks for. {@code GET} shows the form with the case's reference and status,
 * {@code POST} to the same path does it: 303 to the record with a notification, or the page again with the error
 * summary and what was typed.
 */
@Path("/casework/cases/{id}/transitions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class MovePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance transition(CaseWorkflowService.MoveChoices choices, MoveForm form,
                List<String> closureReasons, Problems problems);
    }

    /** What was typed on the move page, shown again when the move did not happen. */
    public record MoveForm(String to, String reason, String survivorReasons, boolean exitPlanAgreed,
            String closureReason) {
        static final MoveForm EMPTY = new MoveForm("", "", "", false, "");
    }

    @Inject
    CaseWorkflowService workflow;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response transitionPage(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> Templates.transition(choices(caseId), MoveForm.EMPTY, closureReasons(), Problems.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") String id, @RestForm String to, @RestForm String reason,
            @RestForm String survivorReasons, @RestForm String exitPlanAgreed, @RestForm String closureReason) {
        UUID caseId = ActionPages.caseId(id);
        var requested = new CaseWorkflowService.Transition(ActionPages.enumOrNull(CaseStatus.class, to), reason,
                survivorReasons, "yes".equals(exitPlanAgreed), ActionPages.enumOrNull(ClosureReason.class, closureReason));
        MoveForm typed = new MoveForm(ActionPages.kept(to), ActionPages.kept(reason), ActionPages.kept(survivorReasons),
                "yes".equals(exitPlanAgreed), ActionPages.kept(closureReason));
        return ActionPages.act(caseId, "transition", "move-form", words, () -> workflow.transition(CaseActors.caseworker(user), caseId, requested),
                problems -> {
                    var choices = choices(caseId);
                    return Templates.transition(choices, typed, closureReasons(), problems.linkedTo(Map.of(
                            "to", Problems.firstOf("to", List.copyOf(choices.next())),
                            "closureReason", Problems.firstOf("closureReason", closureReasons()))));
                });
    }

    private CaseWorkflowService.MoveChoices choices(UUID caseId) {
        return workflow.choicesFor(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
    }

    private static List<String> closureReasons() {
        return ActionPages.names(ClosureReason.values());
    }
}
