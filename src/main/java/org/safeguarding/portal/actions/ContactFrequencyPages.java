package org.safeguarding.portal.actions;

import org.safeguarding.portal.cases.ActionCase;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.CaseService;

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
 * "Agree how often to keep in touch", one thing per page: the interval the survivor agreed (1 to 28 days),
 * which re-times the charter's "kept informed" promise. {@code GET} shows the form with the case's reference and status,
 * {@code POST} to the same path does it: 303 to the record with a notification, or the page again with the error
 * summary and what was typed.
 */
@Path("/casework/cases/{id}/contact-frequency")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class ContactFrequencyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contactFrequency(ActionCase c, String days, Problems problems);
    }

    @Inject
    CaseService cases;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response contactFrequencyPage(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> {
            ActionCase c = open(caseId);
            return Templates.contactFrequency(c, c.contactEveryDays() == null ? "" : c.contactEveryDays().toString(),
                    Problems.NONE);
        });
    }

    @POST
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
}
