package org.safeguarding.portal.cases;

import org.safeguarding.portal.access.RecordAccess;
import org.safeguarding.portal.contact.PreferencesService;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.onward.OnwardReferralService;
import org.safeguarding.portal.requests.SurvivorRequestService;
import org.safeguarding.portal.screening.ScreeningService;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.cases.CaseViews.CaseDetail;
import org.safeguarding.portal.charter.CharterEvent;
import org.safeguarding.portal.charter.CharterService;
import org.safeguarding.portal.cases.CaseViews.CaseRecord;
import org.safeguarding.portal.cases.CaseViews.CaseSummary;
import org.safeguarding.portal.cases.CaseViews.TimelineEntry;
import org.safeguarding.portal.intake.ReferralService;

/** Use cases on cases. Each read or change of a survivor's record writes its audit row in the same transaction. */
@ApplicationScoped
public class CaseService {

    public static final String RECORD_TYPE = "case";
    static final int QUEUE_PAGE_SIZE = 50;

    private final CaseRepository cases;
    private final AuditService audit;
    private final ReferralService referrals;
    private final PreferencesService preferences;
    private final MessageService messages;
    private final EntityManager em;
    private final StaffDirectory staff;
    private final RecordAccess access;
    private final ScreeningService screenings;
    private final OnwardReferralService onwardReferrals;
    private final CaseWorkflowService workflow;
    private final CharterService charter;
    private final SurvivorRequestService requests;
    private final Clock clock = Clock.systemUTC();

    CaseService(CaseRepository cases, AuditService audit, ReferralService referrals, PreferencesService preferences,
            MessageService messages, EntityManager em, StaffDirectory staff, RecordAccess access,
            ScreeningService screenings, OnwardReferralService onwardReferrals, CaseWorkflowService workflow,
            CharterService charter, SurvivorRequestService requests) {
        this.charter = charter;
        this.requests = requests;
        this.staff = staff;
        this.access = access;
        this.screenings = screenings;
        this.onwardReferrals = onwardReferrals;
        this.workflow = workflow;
        this.cases = cases;
        this.audit = audit;
        this.referrals = referrals;
        this.preferences = preferences;
        this.messages = messages;
        this.em = em;
    }

    /** Why an assignment could not be made: the colleague named is not a caseworker the service knows. */
    public static class UnknownAssignee extends RuntimeException {
        UnknownAssignee() {
            super("unknown assignee", null, false, false);
        }
    }

    /**
     * A caseworker claims a case (no assignee named) or gives it to a colleague the service knows. Audited; the
     * survivor sees the worker's first name from then on. Empty (404) for a case that does not exist.
     */
    @Transactional
    public Optional<CaseSummary> assign(Actor caseworker, UUID id, Optional<String> assigneeSubject) {
        String subject = assigneeSubject.orElse(caseworker.subject());
        StaffMember assignee = staff.find(subject).orElseThrow(UnknownAssignee::new);
        return cases.findByIdOptional(id).map(found -> {
            // Taking over or handing on a colleague's case is a change to it: their need to know applies.
            access.requireForChange(caseworker, found);
            Instant at = now();
            found.assignTo(assignee.subject, assignee.displayName, at);
            audit.record(caseworker, AuditAction.ASSIGN_CASE, RECORD_TYPE, found.id,
                    assigneeSubject.isPresent() ? "assigned to a colleague" : "claimed");
            charter.record(found.id, caseworker, EnumSet.of(CharterEvent.WORKER_ASSIGNED), at);
            return CaseSummary.of(found);
        });
    }

    /**
     * Records how often the survivor agreed to hear from their worker (1 to 28 days: the charter never allows longer);
     * the running "kept informed" promise is re-timed. Empty (404) for a case that does not exist.
     */
    @Transactional
    public Optional<CaseSummary> agreeContactFrequency(Actor caseworker, UUID id, Integer days) {
        if (days == null || days < 1 || days > 28) {
            throw new org.safeguarding.portal.core.ValidationProblem(List.of(new org.safeguarding.portal.core.FieldError(
                    "days", "error_contact_days")));
        }
        return cases.findByIdOptional(id).map(found -> {
            access.requireForChange(caseworker, found);
            found.contactEveryDays = days.shortValue();
            cases.flush();
            audit.record(caseworker, AuditAction.AGREE_CONTACT_FREQUENCY, RECORD_TYPE, found.id, days + " days");
            charter.agreedFrequencyChanged(found.id);
            return CaseSummary.of(found);
        });
    }

    /** "I need a break": the case waits where it is until the survivor resumes it. Empty (404) if not theirs. */
    @Transactional
    public Optional<CaseStatus> pauseBySurvivor(Actor survivor, UUID id) {
        return cases.findOwnedBy(id, survivor.subject()).map(owned -> {
            CaseStatus left = owned.pauseBySurvivor();
            if (left != null) {
                Instant at = now();
                em.persist(CaseStatusChange.of(owned.id, left, owned.status, at, survivor.role()));
                audit.record(survivor, AuditAction.PAUSE_CASE, RECORD_TYPE, owned.id, null);
                charter.paused(owned.id, at);
            }
            return owned.status;
        });
    }

    /** The survivor is ready again: the case returns to where it was. Empty (404) if not theirs. */
    @Transactional
    public Optional<CaseStatus> resumeBySurvivor(Actor survivor, UUID id) {
        return cases.findOwnedBy(id, survivor.subject()).map(owned -> {
            CaseStatus back = owned.resumeBySurvivor();
            if (back != null) {
                Instant at = now();
                em.persist(CaseStatusChange.of(owned.id, CaseStatus.PAUSED_BY_SURVIVOR, back, at, survivor.role()));
                audit.record(survivor, AuditAction.RESUME_CASE, RECORD_TYPE, owned.id, null);
                charter.resumed(owned.id, at);
            }
            return owned.status;
        });
    }

    private CaseDetail detailOf(SurvivorCase found) {
        return CaseDetail.of(found, referrals.openingSubmissionOf(found.id), preferences.preferencesOf(found.id),
                timelineOf(found), messages.messagesOf(found.id), charter.commitmentsOf(found.id),
                requests.requestsOf(found.id));
    }

    /** From submission to now, oldest first. */
    private List<TimelineEntry> timelineOf(SurvivorCase found) {
        List<TimelineEntry> timeline = new java.util.ArrayList<>();
        timeline.add(new TimelineEntry(found.openedAt, CaseStatus.SUBMITTED));
        em.createQuery("from CaseStatusChange c where c.caseId = ?1 order by c.changedAt, c.id", CaseStatusChange.class)
                .setParameter(1, found.id).getResultStream()
                .forEach(change -> timeline.add(new TimelineEntry(change.changedAt, change.toStatus)));
        return timeline;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Opens the case for a submission, inside the submission's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseSummary openCase(Actor survivor, Instant at, boolean riskNow) {
        String ownerSubject = survivor.subject();
        String reference = CaseReference.next();
        while (cases.referenceTaken(reference)) {
            reference = CaseReference.next();
        }
        SurvivorCase opened = SurvivorCase.submitted(ownerSubject, reference, at, riskNow);
        cases.persist(opened);
        cases.flush();
        charter.caseOpened(opened.id, survivor, at);
        return CaseSummary.of(opened);
    }

    /** The summary of a case the caller already holds a reference to (a replayed submission). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseSummary summaryOf(UUID id) {
        return CaseSummary.of(cases.findById(id));
    }

    /** Whether someone owns any case; for their own navigation, so not a read of a record. */
    @Transactional
    public boolean ownsAnyCase(String ownerSubject) {
        return cases.count("ownerSubject", ownerSubject) > 0;
    }

    /** A survivor's own cases, newest first. */
    @Transactional
    public List<CaseSummary> listOwnCases(Actor survivor) {
        audit.record(survivor, AuditAction.LIST_OWN_CASES, RECORD_TYPE, null, null);
        return cases.listOwnedBy(survivor.subject()).stream().map(CaseSummary::of).toList();
    }

    /** One of the survivor's own cases; empty (answered as 404) for any case they do not own, which is not audited. */
    @Transactional
    public Optional<CaseDetail> findOwnCase(Actor survivor, UUID id) {
        return cases.findOwnedBy(id, survivor.subject()).map(found -> {
            audit.record(survivor, AuditAction.VIEW_OWN_CASE, RECORD_TYPE, found.id, null);
            return detailOf(found).forSurvivor();
        });
    }

    /** One page of the queue and where the next one starts (empty on the last page). */
    public record QueuePage(List<CaseSummary> cases, Optional<QueueCursor> next) {
    }

    /** The triage queue: summaries of every open case (or those the filter asks for), no free text, a page at a time. */
    @Transactional
    public QueuePage queue(Actor caseworker, QueueFilter filter, Optional<QueueCursor> after) {
        audit.record(caseworker, AuditAction.VIEW_QUEUE, RECORD_TYPE, null, null);
        List<QueueRow> page = cases.queue(filter, after, QUEUE_PAGE_SIZE + 1);
        boolean more = page.size() > QUEUE_PAGE_SIZE;
        List<QueueRow> shown = more ? page.subList(0, QUEUE_PAGE_SIZE) : page;
        return new QueuePage(shown.stream().map(CaseSummary::of).toList(),
                more ? Optional.of(QueueCursor.after(shown.get(shown.size() - 1))) : Optional.empty());
    }

    /**
     * A caseworker opens a case's full record, audited with its purpose: triage for an unassigned case, the assigned
     * worker's own, or the break-glass reason declared for someone else's (403 without one, see {@link RecordAccess}).
     */
    @Transactional
    public Optional<CaseRecord> openRecord(Actor caseworker, UUID id) {
        return cases.findByIdOptional(id).map(found -> {
            String purpose = access.purposeOfRead(caseworker, found);
            audit.record(caseworker, AuditAction.VIEW_CASE, RECORD_TYPE, found.id, purpose);
            return new CaseRecord(detailOf(found), found.risk, caseworker.subject().equals(found.assigneeSubject),
                    screenings.latestOf(found.id).orElse(null), onwardReferrals.referralsOf(found.id),
                    workflow.historyOf(found.id), workflow.targetsFor(found), purpose, found.contactEveryDays,
                    found.closureReason);
        });
    }
}
