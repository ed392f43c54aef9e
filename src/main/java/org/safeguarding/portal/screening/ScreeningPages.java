package org.safeguarding.portal.screening;

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

import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.actions.ActionPages;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.actions.Problems;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.cases.RiskLevel;

/**
 * "Record a screening", one thing per page: whom the case is about, immediate danger, the facts that raise the
 * level, the caseworker's risk level, the police-referral choice, what the screening found and why. {@code POST}
 * returns to the record, or shows the page again with why and every answer as given.
 */
@Path("/casework/cases/{id}/screening")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class ScreeningPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance screen(ActionCase c, ScreeningAnswers form, Problems problems);
    }

    /** The answers as given (nothing chosen for the caseworker on a new screening), and the choices offered. */
    public record ScreeningAnswers(String subjectType, String immediateDanger, boolean childUnder13,
            boolean learningDisability, boolean childExploitation, String risk, boolean enhancedRights,
            String policeReferral, String rationale, String classification) {
        static final ScreeningAnswers EMPTY = new ScreeningAnswers("", "", false, false, false, "", false, "", "", "");

        public List<String> subjectTypes() {
            return ActionPages.names(SubjectType.values());
        }

        public List<String> riskLevels() {
            return ActionPages.names(RiskLevel.values());
        }

        public List<String> policeChoices() {
            return ActionPages.names(PoliceReferralChoice.values());
        }

        public List<String> classifications() {
            return ActionPages.names(Classification.values());
        }
    }

    @Inject
    CaseService cases;
    @Inject
    ScreeningService screening;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response page(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> Templates.screen(open(caseId), ScreeningAnswers.EMPTY, Problems.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response screen(@PathParam("id") String id, @RestForm String subjectType, @RestForm String immediateDanger,
            @RestForm String childUnder13, @RestForm String learningDisability, @RestForm String childExploitation,
            @RestForm String risk, @RestForm String enhancedRights, @RestForm String policeReferral,
            @RestForm String rationale, @RestForm String classification) {
        UUID caseId = ActionPages.caseId(id);
        var form = new ScreeningService.ScreeningForm(ActionPages.enumOrNull(SubjectType.class, subjectType),
                immediateDanger == null ? null : "yes".equals(immediateDanger), "yes".equals(childUnder13),
                "yes".equals(learningDisability), "yes".equals(childExploitation),
                ActionPages.enumOrNull(RiskLevel.class, risk), "yes".equals(enhancedRights),
                ActionPages.enumOrNull(PoliceReferralChoice.class, policeReferral), rationale,
                ActionPages.enumOrNull(Classification.class, classification));
        var typed = new ScreeningAnswers(ActionPages.kept(subjectType), ActionPages.kept(immediateDanger),
                "yes".equals(childUnder13), "yes".equals(learningDisability), "yes".equals(childExploitation),
                ActionPages.kept(risk), "yes".equals(enhancedRights), ActionPages.kept(policeReferral),
                ActionPages.kept(rationale), ActionPages.kept(classification));
        return ActionPages.act(caseId, "screening", "screening-form", words,
                () -> screening.screen(CaseActors.caseworker(user), caseId, form),
                problems -> Templates.screen(open(caseId), typed, problems.linkedTo(Map.of(
                        "subjectType", Problems.firstOf("subjectType", typed.subjectTypes()),
                        "immediateDanger", "immediateDanger-yes",
                        "risk", Problems.firstOf("risk", typed.riskLevels()),
                        "policeReferral", Problems.firstOf("policeReferral", typed.policeChoices()),
                        "classification", Problems.firstOf("classification", typed.classifications())))));
    }

    private ActionCase open(UUID caseId) {
        return cases.openForChange(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
    }
}
