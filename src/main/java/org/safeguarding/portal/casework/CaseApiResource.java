package org.safeguarding.portal.casework;

import java.util.List;
import java.util.Optional;

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

import org.safeguarding.portal.casework.CaseViews.CaseDetail;
import org.safeguarding.portal.casework.CaseViews.CaseSummary;
import org.safeguarding.portal.casework.CaseViews.MessageView;
import org.safeguarding.portal.casework.CaseViews.NoteView;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.web.FieldError;
import org.safeguarding.portal.web.ValidationProblem;

/** The triage queue and case records for the hub's systems and scripts. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CASEWORKER)
public class CaseApiResource {

    @Inject
    CaseService cases;
    @Inject
    MessageService messages;
    @Inject
    NoteService notes;
    @Inject
    StaffDirectory staff;
    @Inject
    CurrentUser user;

    /** A page of the queue; the next page, if any, is in the Link header (rel="next"). */
    @GET
    public Response queue(@QueryParam("cursor") String cursor) {
        staff.seen(user.subject(), user.displayName().orElse(null));
        var page = cases.queue(CaseActors.caseworker(user), QueueCursor.parse(cursor));
        Response.ResponseBuilder answer = Response.ok(page.cases());
        page.next().ifPresent(next -> answer.header("Link", "</api/v1/cases?cursor=" + next.encoded() + ">; rel=\"next\""));
        return answer.build();
    }

    /** The case's messages and additions; reading them opens the record, so it is audited with its purpose. */
    @GET
    @Path("{id}/messages")
    public List<MessageView> messages(@PathParam("id") String id) {
        return record(id).messages();
    }

    /** A message to the survivor, in the portal. */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendMessage(@PathParam("id") String id, MyCasesApiResource.TextForm form) {
        MessageView sent = CaseIds.parse(id).flatMap(caseId -> messages.sendByCaseworker(CaseActors.caseworker(user),
                caseId, form == null ? null : form.text())).orElseThrow(NotFoundException::new);
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

    @GET
    @Path("{id}")
    public CaseDetail record(@PathParam("id") String id) {
        return CaseIds.parse(id)
                .flatMap(caseId -> cases.openRecord(CaseActors.caseworker(user), caseId,
                        CaseQueueResource.TRIAGE_PURPOSE))
                .orElseThrow(NotFoundException::new);
    }
}
