package org.safeguarding.portal.notes;

import java.util.Map;
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

import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.actions.ActionPages;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.actions.Problems;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * "Add a note", one thing per page: {@code GET} the form, {@code POST} saves it and returns to the record. If the
 * language check flags it, the page shows the note as typed, the flagged phrases and why, and a box for the reason
 * to keep them; rephrasing and saving again works too.
 */
@Path("/casework/cases/{id}/notes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class NotePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance add(ActionCase c, NoteDraft draft, Problems problems);
    }

    /** A note being written: what was typed, shown again when it could not be saved yet. */
    public record NoteDraft(String text, String confirmReason) {
        static final NoteDraft EMPTY = new NoteDraft("", "");
    }

    @Inject
    CaseService cases;
    @Inject
    NoteService notes;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response page(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> Templates.add(open(caseId), NoteDraft.EMPTY, Problems.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("id") String id, @RestForm String text, @RestForm String confirmReason) {
        UUID caseId = ActionPages.caseId(id);
        NoteDraft typed = new NoteDraft(ActionPages.kept(text), ActionPages.kept(confirmReason));
        return ActionPages.act(caseId, "note", "note-form", words,
                () -> notes.addNote(CaseActors.caseworker(user), caseId, text, confirmReason),
                problems -> Templates.add(open(caseId), typed, problems.linkedTo(Map.of("text", "note-text"))));
    }

    private ActionCase open(UUID caseId) {
        return cases.openForChange(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
    }
}
