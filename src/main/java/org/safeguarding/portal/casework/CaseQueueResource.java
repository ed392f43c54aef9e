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
import org.safeguarding.portal.casework.CaseViews.NoteView;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.web.FieldError;
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

        static native TemplateInstance record(CaseDetail detail, List<NoteView> notes, NoteDraft noteDraft,
                boolean messageMissing);
    }

    /** A note being written: what was typed and why it could not be saved yet (empty when nothing went wrong). */
    public record NoteDraft(String text, String confirmReason, List<FieldError> errors) {
        static final NoteDraft EMPTY = new NoteDraft("", "", List.of());

        /** The language check flagged it: show the phrases and ask for a reason (or a rephrase). */
        public boolean isFlagged() {
            return errors.stream().anyMatch(e -> e.wording() != null);
        }
    }

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

    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor) {
        staff.seen(user.subject(), user.displayName().orElse(null));
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

    /**
     * A note. If the language check flags it, the record is shown again with the note as typed, the flagged phrases
     * and why, and a box for the reason to keep them; rephrasing and saving again works too.
     */
    @POST
    @Path("cases/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("id") String id, @RestForm String text, @RestForm String confirmReason) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        try {
            notes.addNote(CaseActors.caseworker(user), caseId, text, confirmReason).orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/casework/cases/" + id + "#notes")).build();
        } catch (ValidationProblem problem) {
            NoteDraft draft = new NoteDraft(text == null ? "" : text, confirmReason == null ? "" : confirmReason,
                    problem.errors());
            return Response.status(422).entity(recordPage(caseId, draft, false)).build();
        }
    }

    /** "Claim this case": the caseworker becomes the survivor's named worker. */
    @POST
    @Path("cases/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("id") String id) {
        UUID caseId = CaseIds.parse(id).orElseThrow(NotFoundException::new);
        staff.seen(user.subject(), user.displayName().orElse(null));
        cases.assign(CaseActors.caseworker(user), caseId, java.util.Optional.empty())
                .orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/casework/cases/" + id)).build();
    }

    @GET
    @Path("cases/{id}")
    public TemplateInstance record(@PathParam("id") String id, @QueryParam("messageMissing") boolean messageMissing) {
        return recordPage(CaseIds.parse(id).orElseThrow(NotFoundException::new), NoteDraft.EMPTY, messageMissing);
    }

    private TemplateInstance recordPage(UUID caseId, NoteDraft noteDraft, boolean messageMissing) {
        CaseDetail detail = cases.openRecord(CaseActors.caseworker(user), caseId, TRIAGE_PURPOSE)
                .orElseThrow(NotFoundException::new);
        List<NoteView> caseNotes = notes.readNotes(CaseActors.caseworker(user), caseId)
                .orElseThrow(NotFoundException::new);
        return Templates.record(detail, caseNotes, noteDraft, messageMissing);
    }
}
