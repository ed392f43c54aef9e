package org.safeguarding.portal.casefile;

import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.messages.MessageView;
import org.safeguarding.portal.notes.NoteView;
import org.safeguarding.portal.onward.OnwardReferralView;
import org.safeguarding.portal.requests.RequestView;

import org.safeguarding.portal.access.BreakGlassReason;
import org.safeguarding.portal.access.RecordAccess;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.CaseWorkflowService;
import org.safeguarding.portal.cases.ClosureReason;
import org.safeguarding.portal.cases.queue.CaseQueue;
import org.safeguarding.portal.cases.queue.QueueCursor;
import org.safeguarding.portal.cases.queue.QueueFilter;
import org.safeguarding.portal.staff.StaffDirectory;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.notes.NoteService;
import org.safeguarding.portal.onward.OnwardReferralService;
import org.safeguarding.portal.onward.OnwardReferralStatus;
import org.safeguarding.portal.onward.Partner;
import org.safeguarding.portal.requests.SurvivorRequestService;
import org.safeguarding.portal.screening.ScreeningService;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;

/** The triage queue and case records for the hub's systems and scripts. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CASEWORKER)
public class CaseApiResource {

    @Inject
    CaseService cases;
    @Inject
    CaseQueue queue;

    @Inject
    CaseFiles caseFiles;
    @Inject
    MessageService messages;
    @Inject
    NoteService notes;
    @Inject
    StaffDirectory staff;
    @Inject
    CurrentUser user;

    @Inject
    CaseWorkflowService workflow;
    @Inject
    ScreeningService screening;
    @Inject
    OnwardReferralService onwardReferrals;
    @Inject
    RecordAccess access;

    /**
     * A page of the queue, most urgent first, narrowed by {@code status}, {@code risk} (a level or UNSCREENED),
     * {@code assignee} (a subject, or "me") and {@code unassigned}; an unknown value is a 400, never a wider list.
     * The next and previous pages, if any, are in the Link header (rel="next", rel="prev"). With {@code reference}
     * (as read out on the phone: case, spaces and dashes do not matter) it is the case with that reference instead:
     * its whole record, read and audited as {@code GET /api/v1/cases/{id}} reads it, or 404 when no case has it.
     */
    @GET
    public Response queue(@QueryParam("cursor") String cursor, @QueryParam("before") String before,
            @QueryParam("status") String status, @QueryParam("risk") String risk,
            @QueryParam("assignee") String assignee, @QueryParam("unassigned") boolean unassigned,
            @QueryParam("overdue") boolean overdue, @QueryParam("reference") String reference) {
        if (reference != null) {
            return byReference(reference);
        }
        staff.seen(user.subject(), user.displayName().orElse(null));
        QueueFilter filter;
        try {
            filter = QueueFilter.parse(status, risk, assignee, unassigned, overdue, user.subject());
        } catch (IllegalArgumentException unknown) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        var page = queue.page(CaseActors.caseworker(user), filter, QueueCursor.parse(cursor),
                QueueCursor.parse(before));
        Response.ResponseBuilder answer = Response.ok(page.cases());
        java.util.List<String> links = new java.util.ArrayList<>();
        page.next().ifPresent(next -> links.add("</api/v1/cases?cursor=" + next.encoded() + filter.asQuery()
                + ">; rel=\"next\""));
        page.previous().ifPresent(previous -> links.add("</api/v1/cases?before=" + previous.encoded()
                + filter.asQuery() + ">; rel=\"prev\""));
        if (!links.isEmpty()) {
            answer.header("Link", String.join(", ", links));
        }
        return answer.build();
    }

    private Response byReference(String reference) {
        UUID caseId = cases.findIdByReference(reference).orElseThrow(NotFoundException::new);
        CaseRecordResponse found = caseFiles.openRecord(CaseActors.caseworker(user), caseId)
                .map(CaseRecordResponse::of).orElseThrow(NotFoundException::new);
        return Response.ok(found).header("Content-Location", "/api/v1/cases/" + caseId).build();
    }

    public record TransitionForm(CaseStatus to, String reason, String survivorReasons, boolean exitPlanAgreed,
            ClosureReason closureReason) {
    }

    /**
     * Moves the case along the workflow: 409 if its state does not allow it, 422 if a reason is missing (proposing
     * closure needs {@code survivorReasons} and a {@code closureReason}). An unknown status or reason is a 400.
     */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseSummary transition(@PathParam("id") String id, TransitionForm form) {
        TransitionForm given = form == null ? new TransitionForm(null, null, null, false, null) : form;
        return CaseIds.parse(id).flatMap(caseId -> workflow.transition(CaseActors.caseworker(user), caseId,
                new CaseWorkflowService.Transition(given.to(), given.reason(), given.survivorReasons(),
                        given.exitPlanAgreed(), given.closureReason())))
                .orElseThrow(NotFoundException::new);
    }

    /** Records a screening; the case's risk level (after the standard overrides) orders the queue from then on. */
    @POST
    @Path("{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response screen(@PathParam("id") String id, ScreeningService.ScreeningForm form) {
        var screened = CaseIds.parse(id).flatMap(caseId -> screening.screen(CaseActors.caseworker(user), caseId, form))
                .orElseThrow(NotFoundException::new);
        return Response.status(201).entity(screened).build();
    }

    public record OnwardReferralForm(Partner partner, String overrideReason) {
    }

    public record OnwardStatusForm(OnwardReferralStatus status) {
    }

    /** Proposes an onward referral: needs the survivor's consent, or a child-at-risk override with its reason. */
    @POST
    @Path("{id}/onward-referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response proposeOnwardReferral(@PathParam("id") String id, OnwardReferralForm form) {
        OnwardReferralForm given = form == null ? new OnwardReferralForm(null, null) : form;
        var proposed = CaseIds.parse(id).flatMap(caseId -> onwardReferrals.propose(CaseActors.caseworker(user), caseId,
                given.partner(), given.overrideReason())).orElseThrow(NotFoundException::new);
        return Response.status(201).entity(proposed).build();
    }

    /** Moves an onward referral on (SENT, ACCEPTED, DECLINED, DONE, WITHDRAWN). */
    @POST
    @Path("{id}/onward-referrals/{referralId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public OnwardReferralView moveOnwardReferral(@PathParam("id") String id,
            @PathParam("referralId") String referralId, OnwardStatusForm form) {
        return CaseIds.parse(id).flatMap(caseId -> CaseIds.parse(referralId).flatMap(referral -> onwardReferrals.move(
                CaseActors.caseworker(user), caseId, referral, form == null ? null : form.status())))
                .orElseThrow(NotFoundException::new);
    }

    @Inject
    SurvivorRequestService requests;

    /** Records provided, or a complaint acknowledged with the Ombudsman route; the survivor is told. */
    @POST
    @Path("{id}/requests/{requestId}/answer")
    public RequestView answerRequest(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return CaseIds.parse(id).flatMap(caseId -> CaseIds.parse(requestId).flatMap(request -> requests.answer(
                CaseActors.caseworker(user), caseId, request))).orElseThrow(NotFoundException::new);
    }

    public record ContactFrequencyForm(Integer days) {
    }

    /** How often the survivor agreed to hear from their worker (1 to 28 days). */
    @POST
    @Path("{id}/contact-frequency")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseSummary agreeContactFrequency(@PathParam("id") String id, ContactFrequencyForm form) {
        return CaseIds.parse(id).flatMap(caseId -> cases.agreeContactFrequency(CaseActors.caseworker(user), caseId,
                form == null ? null : form.days())).orElseThrow(NotFoundException::new);
    }

    public record BreakGlassForm(BreakGlassReason reason, String explanation) {
    }

    /** Declares why the caller opens a case assigned to someone else; reads are allowed for an hour after. */
    @POST
    @Path("{id}/break-glass")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response breakGlass(@PathParam("id") String id, BreakGlassForm form) {
        BreakGlassForm given = form == null ? new BreakGlassForm(null, null) : form;
        CaseIds.parse(id).flatMap(caseId -> access.declare(CaseActors.caseworker(user), caseId, given.reason(),
                given.explanation())).orElseThrow(NotFoundException::new);
        return Response.status(201).build();
    }

    /** The case's messages and additions; reading them opens the record, so it is audited with its purpose. */
    @GET
    @Path("{id}/messages")
    public List<MessageView> messages(@PathParam("id") String id) {
        return record(id).caseFile().messages();
    }

    /**
     * A message to the survivor in the portal ({@code channel} PORTAL, the default), or a contact by another channel;
     * refused with 409 where the contact plan or the case's status forbids it, unless {@code overrideReason} says why.
     */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendMessage(@PathParam("id") String id, MessageService.Outbound form) {
        MessageService.Outbound given = form == null ? new MessageService.Outbound(null, null, null) : form;
        MessageView sent = CaseIds.parse(id).flatMap(caseId -> messages.sendByCaseworker(CaseActors.caseworker(user),
                caseId, given)).orElseThrow(NotFoundException::new);
        return Response.status(201).entity(sent).build();
    }

    public record NoteForm(String text, String confirmReason) {
    }

    public record AssignmentForm(String assignee) {
    }

    /** {@code {}} claims the case; {@code {"assignee": "<subject>"}} gives it to a colleague the service knows. */
    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseSummary assign(@PathParam("id") String id, AssignmentForm form) {
        staff.seen(user.subject(), user.displayName().orElse(null));
        Optional<String> assignee = Optional.ofNullable(form == null ? null : form.assignee())
                .filter(a -> !a.isBlank());
        try {
            return CaseIds.parse(id).flatMap(caseId -> cases.assign(CaseActors.caseworker(user), caseId, assignee))
                    .orElseThrow(NotFoundException::new);
        } catch (CaseService.UnknownAssignee unknown) {
            throw new ValidationProblem(List.of(new FieldError("assignee", "error_unknown_assignee")));
        }
    }

    /** The case's notes, every version of each (reading them is audited). */
    @GET
    @Path("{id}/notes")
    public List<NoteView> notes(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> notes.readNotes(CaseActors.caseworker(user), caseId))
                .orElseThrow(NotFoundException::new);
    }

    /** A note; refused with 422 and the flagged phrases if the language check flags it, unless confirmReason says why. */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") String id, NoteForm form) {
        NoteForm given = form == null ? new NoteForm(null, null) : form;
        NoteView added = CaseIds.parse(id).flatMap(caseId -> notes.addNote(CaseActors.caseworker(user), caseId,
                given.text(), given.confirmReason())).orElseThrow(NotFoundException::new);
        return Response.status(201).entity(added).build();
    }

    /** A new version of a note (the earlier words are kept). */
    @PUT
    @Path("{id}/notes/{noteId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteView editNote(@PathParam("id") String id, @PathParam("noteId") String noteId, NoteForm form) {
        NoteForm given = form == null ? new NoteForm(null, null) : form;
        return CaseIds.parse(id).flatMap(caseId -> CaseIds.parse(noteId).flatMap(note -> notes.editNote(
                CaseActors.caseworker(user), caseId, note, given.text(), given.confirmReason())))
                .orElseThrow(NotFoundException::new);
    }

    /** The whole record; 403 for a case assigned to someone else until a break-glass reason is declared. */
    @GET
    @Path("{id}")
    public CaseRecordResponse record(@PathParam("id") String id) {
        return CaseIds.parse(id).flatMap(caseId -> caseFiles.openRecord(CaseActors.caseworker(user), caseId))
                .map(CaseRecordResponse::of).orElseThrow(NotFoundException::new);
    }
}
