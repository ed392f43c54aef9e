package org.safeguarding.portal.casefile;

import org.safeguarding.portal.access.BreakGlassView;
import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.notes.NoteView;

import org.safeguarding.portal.access.BreakGlassReason;
import org.safeguarding.portal.access.RecordAccess;
import org.safeguarding.portal.cases.CaseActors;
import org.safeguarding.portal.cases.CaseIds;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.CaseWorkflowService;
import org.safeguarding.portal.cases.ClosureReason;
import org.safeguarding.portal.cases.QueueCursor;
import org.safeguarding.portal.cases.QueueFilter;
import org.safeguarding.portal.cases.RiskLevel;
import org.safeguarding.portal.staff.StaffDirectory;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.notes.NoteService;
import org.safeguarding.portal.onward.OnwardReferralService;
import org.safeguarding.portal.onward.OnwardReferralStatus;
import org.safeguarding.portal.onward.Partner;
import org.safeguarding.portal.requests.SurvivorRequestService;
import org.safeguarding.portal.screening.Classification;
import org.safeguarding.portal.screening.PoliceReferralChoice;
import org.safeguarding.portal.screening.ScreeningService;
import org.safeguarding.portal.screening.SubjectType;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

/** The hub's pages: the triage queue, a case's record and what a caseworker does on it, and break-glass review. */
@Path("/casework")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class CaseQueueResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<CaseSummary> cases, String nextCursor, QueueFilter filter,
                String filterQuery);

        static native TemplateInstance record(CaseRecord record, List<NoteView> notes, NoteDraft noteDraft,
                PageProblem problem);

        static native TemplateInstance breakGlass(UUID caseId, List<FieldError> errors, List<BreakGlassReason> reasons);

        static native TemplateInstance review(List<BreakGlassView> openings);

        static native TemplateInstance escalations(List<CharterEscalations.Escalation> escalations);
    }

    /** A note being written: what was typed and why it could not be saved yet (empty when nothing went wrong). */
    public record NoteDraft(String text, String confirmReason, List<FieldError> errors) {
        static final NoteDraft EMPTY = new NoteDraft("", "", List.of());

        /** The language check flagged it: show the phrases and ask for a reason (or a rephrase). */
        public boolean isFlagged() {
            return errors.stream().anyMatch(e -> e.wording() != null);
        }
    }

    /** Why the last action on the record page did not happen, in words from the bundles, and where on the page. */
    public record PageProblem(String section, List<String> texts) {
        static final PageProblem NONE = new PageProblem("", List.of());

        public boolean isIn(String name) {
            return section.equals(name);
        }
    }

    @Inject
    CaseService cases;

    @Inject
    CaseFiles caseFiles;
    @Inject
    MessageService messages;
    @Inject
    NoteService notes;
    @Inject
    StaffDirectory staff;
    @Inject
    CaseWorkflowService workflow;
    @Inject
    ScreeningService screening;
    @Inject
    OnwardReferralService onwardReferrals;
    @Inject
    RecordAccess access;
    @Inject
    Messages words;
    @Inject
    SurvivorRequestService requests;
    @Inject
    CharterEscalations escalationList;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor, @QueryParam("status") String status,
            @QueryParam("risk") String risk, @QueryParam("assignee") String assignee,
            @QueryParam("unassigned") boolean unassigned, @QueryParam("overdue") boolean overdue) {
        staff.seen(user.subject(), user.displayName().orElse(null));
        QueueFilter filter;
        try {
            filter = QueueFilter.parse(status, risk, assignee, unassigned, overdue, user.subject());
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException();
        }
        var page = cases.queue(CaseActors.caseworker(user), filter, QueueCursor.parse(cursor));
        return Templates.queue(page.cases(), page.next().map(QueueCursor::encoded).orElse(null), filter,
                filter.asQuery());
    }

    @GET
    @Path("cases/{id}")
    public Response record(@PathParam("id") String id) {
        UUID caseId = caseId(id);
        if (access.needsBreakGlass(CaseActors.caseworker(user), caseId)) {
            return Response.status(403).entity(Templates.breakGlass(caseId, List.of(), List.of(BreakGlassReason.values()))).build();
        }
        return Response.ok(recordPage(caseId, NoteDraft.EMPTY, PageProblem.NONE)).build();
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

    /** A message in the portal, or a contact by another channel, as the survivor's contact plan allows. */
    @POST
    @Path("cases/{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendMessage(@PathParam("id") String id, @RestForm String text, @RestForm String channel,
            @RestForm String overrideReason, @RestForm String preferencesAsked, @RestForm String explainsDecision) {
        return act(id, "messages", () -> messages.sendByCaseworker(CaseActors.caseworker(user), caseId(id),
                new MessageService.Outbound(text, enumOrNull(ContactChannel.class, channel), overrideReason,
                        "yes".equals(preferencesAsked), "yes".equals(explainsDecision))));
    }

    /**
     * A note. If the language check flags it, the record is shown again with the note as typed, the flagged phrases
     * and why, and a box for the reason to keep them; rephrasing and saving again works too.
     */
    @POST
    @Path("cases/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("id") String id, @RestForm String text, @RestForm String confirmReason) {
        UUID caseId = caseId(id);
        try {
            notes.addNote(CaseActors.caseworker(user), caseId, text, confirmReason).orElseThrow(NotFoundException::new);
            return toRecord(id, "#notes");
        } catch (ValidationProblem problem) {
            NoteDraft draft = new NoteDraft(text == null ? "" : text, confirmReason == null ? "" : confirmReason,
                    problem.errors());
            return Response.status(422).entity(recordPage(caseId, draft, PageProblem.NONE)).build();
        }
    }

    /** "Claim this case": the caseworker becomes the survivor's named worker. */
    @POST
    @Path("cases/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("id") String id) {
        staff.seen(user.subject(), user.displayName().orElse(null));
        cases.assign(CaseActors.caseworker(user), caseId(id), Optional.empty()).orElseThrow(NotFoundException::new);
        return toRecord(id, "");
    }

    @POST
    @Path("cases/{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") String id, @RestForm String to, @RestForm String reason,
            @RestForm String survivorReasons, @RestForm String exitPlanAgreed, @RestForm String closureReason) {
        return act(id, "workflow", () -> workflow.transition(CaseActors.caseworker(user), caseId(id),
                new CaseWorkflowService.Transition(enumOrNull(CaseStatus.class, to), reason, survivorReasons,
                        "yes".equals(exitPlanAgreed), enumOrNull(ClosureReason.class, closureReason))));
    }

    @POST
    @Path("cases/{id}/screening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response screen(@PathParam("id") String id, @RestForm String subjectType, @RestForm String immediateDanger,
            @RestForm String childUnder13, @RestForm String learningDisability, @RestForm String childExploitation,
            @RestForm String risk, @RestForm String enhancedRights, @RestForm String policeReferral,
            @RestForm String rationale, @RestForm String classification) {
        var form = new ScreeningService.ScreeningForm(enumOrNull(SubjectType.class, subjectType),
                immediateDanger == null ? null : "yes".equals(immediateDanger), "yes".equals(childUnder13),
                "yes".equals(learningDisability), "yes".equals(childExploitation), enumOrNull(RiskLevel.class, risk),
                "yes".equals(enhancedRights), enumOrNull(PoliceReferralChoice.class, policeReferral), rationale,
                enumOrNull(Classification.class, classification));
        return act(id, "screening", () -> screening.screen(CaseActors.caseworker(user), caseId(id), form));
    }

    @POST
    @Path("cases/{id}/onward-referrals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeOnwardReferral(@PathParam("id") String id, @RestForm String partner,
            @RestForm String overrideReason) {
        return act(id, "onward", () -> onwardReferrals.propose(CaseActors.caseworker(user), caseId(id),
                enumOrNull(Partner.class, partner), overrideReason));
    }

    @POST
    @Path("cases/{id}/onward-referrals/{referralId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveOnwardReferral(@PathParam("id") String id, @PathParam("referralId") String referralId,
            @RestForm String status) {
        return act(id, "onward", () -> onwardReferrals.move(CaseActors.caseworker(user), caseId(id),
                caseId(referralId), enumOrNull(OnwardReferralStatus.class, status)));
    }

    @POST
    @Path("cases/{id}/contact-frequency")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response agreeContactFrequency(@PathParam("id") String id, @RestForm String days) {
        Integer every;
        try {
            every = days == null || days.isBlank() ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException notANumber) {
            every = null;
        }
        Integer agreed = every;
        return act(id, "promises", () -> cases.agreeContactFrequency(CaseActors.caseworker(user), caseId(id), agreed));
    }

    @POST
    @Path("cases/{id}/requests/{requestId}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answerRequest(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return act(id, "requests", () -> requests.answer(CaseActors.caseworker(user), caseId(id), caseId(requestId)));
    }

    /** Does one thing on a case; back to the record, or the record again with why it did not happen. */
    private Response act(String id, String section, Supplier<Optional<?>> action) {
        UUID caseId = caseId(id);
        try {
            action.get().orElseThrow(NotFoundException::new);
            return toRecord(id, "#" + section);
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(recordPage(caseId, NoteDraft.EMPTY, new PageProblem(section,
                    problem.errors().stream().map(e -> words.text(e.messageKey())).toList()))).build();
        } catch (Refused refused) {
            return Response.status(refused.status()).entity(recordPage(caseId, NoteDraft.EMPTY,
                    new PageProblem(section, List.of(words.text(refused.messageKey()))))).build();
        }
    }

    private TemplateInstance recordPage(UUID caseId, NoteDraft noteDraft, PageProblem problem) {
        CaseRecord record = caseFiles.openRecord(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
        List<NoteView> caseNotes = notes.readNotes(CaseActors.caseworker(user), caseId)
                .orElseThrow(NotFoundException::new);
        return Templates.record(record, caseNotes, noteDraft, problem);
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
