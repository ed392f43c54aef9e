package org.safeguarding.portal.casework;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.casework.CaseViews.CaseDetail;
import org.safeguarding.portal.casework.CaseViews.CaseSummary;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The hub's pages: the triage queue and a case's record. */
@Path("/casework")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class CaseQueueResource {

    /** Recorded on the audit row when a case is opened from the queue (screens for other purposes come later). */
    static final String TRIAGE_PURPOSE = "triage";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<CaseSummary> cases);

        static native TemplateInstance record(CaseDetail detail);
    }

    @Inject
    CaseService cases;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance queue() {
        return Templates.queue(cases.queue(CaseActors.caseworker(user)));
    }

    @GET
    @Path("cases/{id}")
    public TemplateInstance record(@PathParam("id") String id) {
        return Templates.record(CaseIds.parse(id)
                .flatMap(caseId -> cases.openRecord(CaseActors.caseworker(user), caseId, TRIAGE_PURPOSE))
                .orElseThrow(NotFoundException::new));
    }
}
