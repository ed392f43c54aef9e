package org.safeguarding.portal.casework;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.safeguarding.portal.casework.CaseViews.CaseDetail;
import org.safeguarding.portal.casework.CaseViews.CaseSummary;
import org.safeguarding.portal.casework.CaseViews.PreferencesView;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.web.FieldError;
import org.safeguarding.portal.web.ValidationProblem;

/**
 * A survivor's own cases; anyone else's case answers 404 whether or not it exists. A session opened with a receipt
 * code is the owner of its one anonymous case, so the same endpoints serve it.
 */
@Path("/api/v1/me/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyCasesApiResource {

    @Inject
    CaseService cases;
    @Inject
    PreferencesService preferences;
    @Inject
    CurrentUser user;

    @GET
    public List<CaseSummary> list() {
        return cases.listOwnCases(CaseActors.survivor(user));
    }

    @GET
    @Path("{id}")
    public CaseDetail detail(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> cases.findOwnCase(CaseActors.survivor(user), caseId))
                .orElseThrow(NotFoundException::new);
    }

    /** A new version of the contact-safety plan; the old one stays in the history. */
    @PUT
    @Path("{id}/contact-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesView changeContactPlan(@PathParam("id") String id, ContactPlan plan) {
        if (plan == null) {
            throw new ValidationProblem(List.of(new FieldError("contactPlan.channels", "error_contact_required")));
        }
        return CaseIds.parse(id)
                .flatMap(caseId -> preferences.changeContactPlan(CaseActors.survivor(user), caseId, plan))
                .orElseThrow(NotFoundException::new);
    }

    /** Grants or withdraws consent per purpose; purposes left out are unchanged. */
    @PUT
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesView changeConsents(@PathParam("id") String id, Consents consents) {
        return CaseIds.parse(id)
                .flatMap(caseId -> preferences.changeConsents(CaseActors.survivor(user), caseId,
                        consents == null ? Consents.NONE : consents))
                .orElseThrow(NotFoundException::new);
    }
}
