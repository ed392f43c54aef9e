package org.safeguarding.portal.casefile;

import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.messages.MessageView;
import org.safeguarding.portal.contact.PreferencesView;

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.contact.PreferencesService;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.requests.SurvivorRequestService;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * A survivor's own cases; anyone else's case answers 404 whether or not it exists. A session opened with a receipt
 * code is the owner of its one anonymous case, so the same endpoints serve it.
 */
@Path("/api/v1/me/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class MyCasesApiResource {

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
    CurrentUser user;

    @GET
    public List<CaseSummary> list() {
        return cases.listOwnCases(CaseActors.survivor(user));
    }

    @GET
    @Path("{id}")
    public CaseResponse detail(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> caseFiles.findOwnCase(CaseActors.survivor(user), caseId))
                .map(CaseResponse::of).orElseThrow(NotFoundException::new);
    }

    public record TextForm(String text) {
    }

    public record StatusView(CaseStatus status) {
    }

    /** The messages and additions of the case, oldest first (reading them is a read of the case, audited). */
    @GET
    @Path("{id}/messages")
    public List<MessageView> messages(@PathParam("id") String id) {
        return detail(id).messages();
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendMessage(@PathParam("id") String id, TextForm form) {
        return created(CaseIds.parse(id).flatMap(caseId -> messages.sendBySurvivor(CaseActors.survivor(user), caseId,
                form == null ? null : form.text())));
    }

    /** More information, without retelling: kept beside the account for the worker. */
    @POST
    @Path("{id}/additions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addInformation(@PathParam("id") String id, TextForm form) {
        return created(CaseIds.parse(id).flatMap(caseId -> messages.addInformation(CaseActors.survivor(user), caseId,
                form == null ? null : form.text())));
    }

    public record WaiverForm(String reason) {
    }

    /** The survivor does not want one of the charter's promises (a waivable one): kept with their reason. */
    @POST
    @Path("{id}/commitments/{commitmentId}/waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    public org.safeguarding.portal.charter.CommitmentView waive(@PathParam("id") String id,
            @PathParam("commitmentId") String commitmentId, WaiverForm form) {
        return CaseIds.parse(id).flatMap(caseId -> CaseIds.parse(commitmentId).flatMap(instance -> charter.waive(
                CaseActors.survivor(user), caseId, instance, form == null ? null : form.reason())))
                .orElseThrow(NotFoundException::new);
    }

    @Inject
    SurvivorRequestService requests;

    /** "Send me a copy of my records" (the charter: within a calendar month). */
    @POST
    @Path("{id}/records-requests")
    public Response requestRecords(@PathParam("id") String id) {
        return created(CaseIds.parse(id).flatMap(caseId -> requests.requestRecords(CaseActors.survivor(user), caseId)));
    }

    /** A complaint (the charter: acknowledged within 10 working days, with the Ombudsman route). */
    @POST
    @Path("{id}/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complain(@PathParam("id") String id, TextForm form) {
        return created(CaseIds.parse(id).flatMap(caseId -> requests.complain(CaseActors.survivor(user), caseId,
                form == null ? null : form.text())));
    }

    /** "I need a break". Pausing a paused case changes nothing. */
    @POST
    @Path("{id}/pause")
    public StatusView pause(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> cases.pauseBySurvivor(CaseActors.survivor(user), caseId))
                .map(StatusView::new).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/resume")
    public StatusView resume(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> cases.resumeBySurvivor(CaseActors.survivor(user), caseId))
                .map(StatusView::new).orElseThrow(NotFoundException::new);
    }

    private static Response created(java.util.Optional<?> posted) {
        return Response.status(201).entity(posted.orElseThrow(NotFoundException::new)).build();
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
