package org.safeguarding.portal.casefile;

import org.safeguarding.portal.access.BreakGlassView;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.notes.NoteView;

import org.safeguarding.portal.access.BreakGlassReason;
import org.safeguarding.portal.access.RecordAccess;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.cases.queue.CaseQueue;
import org.safeguarding.portal.cases.queue.QueueCursor;
import org.safeguarding.portal.cases.queue.QueueFilter;
import org.safeguarding.portal.staff.StaffDirectory;
import org.safeguarding.portal.notes.NoteService;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.charter.CharterEscalations;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * The hub's pages composed from every feature: the triage queue, a case's record (a summary with a link to each action
 * the caseworker may take now; each action is its own page in its feature, e.g. screening/ScreeningPages), the
 * break-glass declaration and its review, and the charter's escalations.
 */
@Path("/casework")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class CaseQueueResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<CaseSummary> cases, String nextCursor, String previousCursor,
                QueueFilter filter, String filterQuery);

        static native TemplateInstance find(String reference, boolean blank, boolean wellFormed);

        static native TemplateInstance record(CaseRecord record, List<NoteView> notes, String done);

        static native TemplateInstance breakGlass(UUID caseId, List<FieldError> errors, List<BreakGlassReason> reasons);

        static native TemplateInstance review(List<BreakGlassView> openings);

        static native TemplateInstance escalations(List<CharterEscalations.Escalation> escalations);
    }

    /**
     * What the action pages report back after post-redirect-get ({@code ?done=}): the record shows the notification
     * {@code actions:done_<action>}; anything else shows none.
     */
    static final Set<String> DONE = Set.of("claim", "transition", "contact_frequency", "screening", "onward",
            "onward_status", "message", "note", "request");

    @Inject
    CaseQueue queue;
    @Inject
    CaseService cases;

    @Inject
    CaseFiles caseFiles;
    @Inject
    NoteService notes;
    @Inject
    StaffDirectory staff;
    @Inject
    RecordAccess access;
    @Inject
    CharterEscalations escalationList;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor, @QueryParam("before") String before,
            @QueryParam("status") String status,
            @QueryParam("risk") String risk, @QueryParam("assignee") String assignee,
            @QueryParam("unassigned") boolean unassigned, @QueryParam("overdue") boolean overdue) {
        staff.seen(user.subject(), user.displayName().orElse(null));
        QueueFilter filter;
        try {
            filter = QueueFilter.parse(status, risk, assignee, unassigned, overdue, user.subject());
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException();
        }
        var page = queue.page(CaseActors.caseworker(user), filter, QueueCursor.parse(cursor),
                QueueCursor.parse(before));
        return Templates.queue(page.cases(), page.next().map(QueueCursor::encoded).orElse(null),
                page.previous().map(QueueCursor::encoded).orElse(null), filter, filter.asQuery());
    }

    /**
     * The queue's search box: the case with the reference a caseworker typed (case, spaces and dashes do not matter)
     * opens as its record does, where the read is audited; with none, a plain page says so and offers the box again.
     * It names the reference only in the stored form, never as typed: a page does not quote what a link sent it
     * (anyone can send a caseworker a link with words of their own in it).
     */
    @GET
    @Path("find")
    public Response find(@QueryParam("reference") String reference) {
        return cases.findIdByReference(reference)
                .map(found -> toRecord(found.toString(), ""))
                .orElseGet(() -> {
                    var normalised = CaseService.normalisedReference(reference);
                    return Response.ok(Templates.find(normalised.orElse(""), reference == null || reference.isBlank(),
                            normalised.isPresent())).build();
                });
    }

    @GET
    @Path("cases/{id}")
    public Response record(@PathParam("id") String id, @QueryParam("done") String done) {
        UUID caseId = caseId(id);
        if (access.needsBreakGlass(CaseActors.caseworker(user), caseId)) {
            return Response.status(403).entity(Templates.breakGlass(caseId, List.of(), List.of(BreakGlassReason.values()))).build();
        }
        return Response.ok(recordPage(caseId, done != null && DONE.contains(done) ? done : null)).build();
    }

    /** "Why do you need to open this case?": declared, audited, listed for review, then the record opens. */
    @POST
    @Path("cases/{id}/break-glass")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response breakGlass(@PathParam("id") String id, @RestForm String reason, @RestForm String explanation) {
        UUID caseId = caseId(id);
        try {
            access.declare(CaseActors.caseworker(user), caseId, enumOrNull(BreakGlassReason.class, reason), explanation)
                    .orElseThrow(NotFoundException::new);
            return toRecord(id, "");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(Templates.breakGlass(caseId, problem.errors(), List.of(BreakGlassReason.values()))).build();
        }
    }

    /** Every broken charter promise, newest first. */
    @GET
    @Path("escalations")
    public TemplateInstance escalations() {
        return Templates.escalations(escalationList.list(CaseActors.caseworker(user)));
    }

    @GET
    @Path("break-glass")
    public TemplateInstance review() {
        return Templates.review(access.awaitingReview(CaseActors.caseworker(user)));
    }

    @POST
    @Path("break-glass/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markReviewed(@PathParam("id") String id) {
        access.markReviewed(CaseActors.caseworker(user), caseId(id)).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/casework/break-glass")).build();
    }

    private TemplateInstance recordPage(UUID caseId, String done) {
        CaseRecord record = caseFiles.openRecord(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
        List<NoteView> caseNotes = notes.readNotes(CaseActors.caseworker(user), caseId)
                .orElseThrow(NotFoundException::new);
        return Templates.record(record, caseNotes, done);
    }

    private static Response toRecord(String id, String fragment) {
        return Response.seeOther(URI.create("/casework/cases/" + id + fragment)).build();
    }

    private static UUID caseId(String id) {
        return CaseIds.parse(id).orElseThrow(NotFoundException::new);
    }

    /** A form's choice; blank is "not chosen" (the service says so), anything else unknown is a bad request. */
    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException();
        }
    }
}
