package org.safeguarding.portal.casework;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.casework.CaseViews.CaseDetail;
import org.safeguarding.portal.casework.CaseViews.CaseSummary;
import org.safeguarding.portal.referral.Acknowledgements;
import org.safeguarding.portal.referral.DraftService;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The survivor's own cases, as pages; a receipt-code session sees its one case here. */
@Path("/my/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyCasesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(java.util.List<CaseSummary> cases, boolean hasDraft, boolean draftDeleted);

        static native TemplateInstance detail(CaseDetail detail, String acknowledgementJson, boolean received);
    }

    @Inject
    CaseService cases;
    @Inject
    Acknowledgements acknowledgements;
    @Inject
    DraftService drafts;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list(@QueryParam("draftDeleted") boolean draftDeleted) {
        return Templates.list(cases.listOwnCases(CaseActors.survivor(user)), drafts.hasDraft(user.subject()),
                draftDeleted);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("received") boolean received) {
        CaseDetail detail = CaseIds.parse(id).flatMap(caseId -> cases.findOwnCase(CaseActors.survivor(user), caseId))
                .orElseThrow(NotFoundException::new);
        String proof = detail.acknowledgement() == null ? null : acknowledgements.toJson(detail.acknowledgement());
        return Templates.detail(detail, proof, received);
    }
}
