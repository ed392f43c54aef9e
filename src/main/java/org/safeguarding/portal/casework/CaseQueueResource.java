package org.safeguarding.portal.casework;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.casework.CaseViews.CaseDetail;
import org.safeguarding.portal.casework.CaseViews.CaseSummary;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.web.ValidationProblem;

/** The hub's pages: the triage queue and a case's record. */
@Path("/casework")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class CaseQueueResource {

    /** Recorded on the audit row when a case is opened from the queue (screens for other purposes come later). */
    static final String TRIAGE_PURPOSE = "triage";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<CaseSummary> cases, String nextCursor);

        static native TemplateInstance record(CaseDetail detail, boolean messageMissing);
    }

    @Inject
    CaseService cases;
    @Inject
    MessageService messages;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor) {
        var page = cases.queue(CaseActors.caseworker(user), QueueCursor.parse(cursor));
        return Templates.queue(page.cases(), page.next().map(QueueCursor::encoded).orElse(null));
    }

    /** A message to the survivor, shown in their portal (outside channels follow their contact plan, later). */
    @POST
    @Path("cases/{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendMessage(@PathParam("id") String id, @RestForm String text) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        try {
            messages.sendByCaseworker(CaseActors.caseworker(user), caseId, text).orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/casework/cases/" + id + "#messages")).build();
        } catch (ValidationProblem problem) {
            return Response.seeOther(URI.create("/casework/cases/" + id + "?messageMissing=true#messages")).build();
        }
    }

    @GET
    @Path("cases/{id}")
    public TemplateInstance record(@PathParam("id") String id, @QueryParam("messageMissing") boolean messageMissing) {
        return Templates.record(CaseIds.parse(id)
                .flatMap(caseId -> cases.openRecord(CaseActors.caseworker(user), caseId, TRIAGE_PURPOSE))
                .orElseThrow(NotFoundException::new), messageMissing);
    }
}
