package org.safeguarding.portal.requests;

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


import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.actions.ActionPages;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.actions.Problems;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * "Answer a request", one thing per page: the survivor's records request or complaint (shown, so the read is
 * audited), and the button that records it as provided or acknowledged and tells the survivor. {@code POST} returns
 * to the record, or shows the page again with why (already answered).
 */
@Path("/casework/cases/{id}/requests/{requestId}/answer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class RequestPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance answer(SurvivorRequestService.RequestToAnswer found, Problems problems);
    }

    @Inject
    SurvivorRequestService requests;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response page(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        UUID caseId = ActionPages.caseId(id);
        UUID request = ActionPages.caseId(requestId);
        return ActionPages.page(caseId, () -> Templates.answer(open(caseId, request), Problems.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        UUID caseId = ActionPages.caseId(id);
        UUID request = ActionPages.caseId(requestId);
        return ActionPages.act(caseId, "request", "answer-form", words,
                () -> requests.answer(CaseActors.caseworker(user), caseId, request),
                problems -> Templates.answer(open(caseId, request), problems));
    }

    private SurvivorRequestService.RequestToAnswer open(UUID caseId, UUID requestId) {
        return requests.openToAnswer(CaseActors.caseworker(user), caseId, requestId).orElseThrow(NotFoundException::new);
    }
}
