package org.safeguarding.portal.cases;

import org.safeguarding.portal.cases.events.Milestone;

import org.safeguarding.portal.cases.events.CaseEvents;

import org.safeguarding.portal.cases.events.CaseEvent;

import org.safeguarding.portal.cases.ActionCase;

import org.safeguarding.portal.staff.StaffDirectory;
import org.safeguarding.portal.staff.StaffMember;



import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;

/** Use cases on cases. Each read or change of a survivor's record writes its audit row in the same transaction. */
@ApplicationScoped
public class CaseService {

    public static final String RECORD_TYPE = "case";

    private final CaseRepository cases;
    private final AuditService audit;
    private final EntityManager em;
    private final StaffDirectory staff;
    private final NeedToKnow needToKnow;
    private final CaseEvents events;
    private final Clock clock;

    CaseService(CaseRepository cases, AuditService audit, EntityManager em, StaffDirectory staff,
            NeedToKnow needToKnow, CaseEvents events, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.audit = audit;
        this.em = em;
        this.staff = staff;
        this.needToKnow = needToKnow;
        this.events = events;
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
            needToKnow.requireForChange(caseworker, found);
            Instant at = now();
            found.assignTo(assignee.subject(), assignee.displayName(), at);
            audit.record(caseworker, AuditAction.ASSIGN_CASE, RECORD_TYPE, found.id,
                    assigneeSubject.isPresent() ? "assigned to a colleague" : "claimed");
            events.reached(found.id, caseworker, EnumSet.of(Milestone.WORKER_ASSIGNED), at);
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
            needToKnow.requireForChange(caseworker, found);
            found.agreeContactEvery(days.shortValue());
            cases.flush();
            audit.record(caseworker, AuditAction.AGREE_CONTACT_FREQUENCY, RECORD_TYPE, found.id, days + " days");
            events.fire(new CaseEvent.ContactFrequencyAgreed(found.id, days));
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
                events.fire(new CaseEvent.Paused(owned.id, at));
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
                events.fire(new CaseEvent.Resumed(owned.id, at));
            }
            return owned.status;
        });
    }

    /** What a withdrawal left behind, for the feature that tells the worker and the survivor (rights). */
    public record Withdrawal(UUID caseId, String reference, CaseStatus from, Instant at, String assigneeSubject,
            boolean childAtRisk) {
    }

    /**
     * "I no longer want the hub to act": the case is withdrawn, recorded and audited, and the charter's running
     * promises end ({@link CaseEvent.Withdrawn}). 409 for a case already withdrawn or closed. Empty (404) if not theirs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Withdrawal> withdrawBySurvivor(Actor survivor, UUID id) {
        return cases.findOwnedBy(id, survivor.subject()).map(owned -> {
            CaseStatus left = owned.withdrawBySurvivor();
            if (left == null) {
                throw new org.safeguarding.portal.core.Refused(409, "withdraw_refused_not_open");
            }
            Instant at = now();
            em.persist(CaseStatusChange.of(owned.id, left, CaseStatus.WITHDRAWN, at, survivor.role()));
            audit.record(survivor, AuditAction.WITHDRAW_CASE, RECORD_TYPE, owned.id, left.name());
            cases.flush();
            events.fire(new CaseEvent.Withdrawn(owned.id, survivor, at, owned.assigneeSubject, owned.childAtRisk));
            return new Withdrawal(owned.id, owned.reference, left, at, owned.assigneeSubject, owned.childAtRisk);
        });
    }

    /**
     * The survivor asks the hub to act again on a case they withdrew: it reopens (the charter's renewing promises run
     * again), recorded and audited. 409 unless withdrawn. Empty (404) if not theirs.
     */
    @Transactional
    public Optional<CaseStatus> askAgainBySurvivor(Actor survivor, UUID id) {
        return cases.findOwnedBy(id, survivor.subject()).map(owned -> {
            if (!owned.askAgainBySurvivor()) {
                throw new org.safeguarding.portal.core.Refused(409, "ask_again_refused_not_withdrawn");
            }
            Instant at = now();
            em.persist(CaseStatusChange.of(owned.id, CaseStatus.WITHDRAWN, CaseStatus.REOPENED, at, survivor.role()));
            audit.record(survivor, AuditAction.ASK_AGAIN, RECORD_TYPE, owned.id, null);
            cases.flush();
            events.reached(owned.id, survivor, EnumSet.of(Milestone.REOPENED), at);
            return owned.status;
        });
    }

    /**
     * A lead's erasure decision restricts the case: kept for storage and legal claims, no longer worked on (the
     * workflow refuses every move). The caller audits its decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restrict(UUID id, Instant at) {
        cases.findByIdOptional(id).ifPresent(found -> found.restrict(at));
    }

    /** From submission to now, oldest first, for a reader the caller has already authorised and audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TimelineEntry> timelineOf(SurvivorCase found) {
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
        return openCase(survivor.subject(), survivor, at, riskNow);
    }

    /**
     * Opens a case owned by {@code ownerSubject} that {@code openedBy} sent: someone else's referral belongs to the
     * survivor (a placeholder owner until they accept an invitation), never to who sent it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseSummary openCase(String ownerSubject, Actor openedBy, Instant at, boolean riskNow) {
        String reference = CaseReference.next();
        while (cases.referenceTaken(reference)) {
            reference = CaseReference.next();
        }
        SurvivorCase opened = SurvivorCase.submitted(ownerSubject, reference, at, riskNow);
        cases.persist(opened);
        cases.flush();
        events.fire(new CaseEvent.Opened(opened.id, openedBy, at));
        return CaseSummary.of(opened);
    }

    /**
     * A case as a caseworker's action page shows it (reference and status, as in the queue), after the need-to-know
     * rule for a change: a colleague's case is refused (403) until a reason is declared. Not a read of the record, so
     * not audited; pages that show the record's content audit their read (access.RecordAccess#openToAct). Empty (404)
     * for a case that does not exist.
     */
    @Transactional
    public Optional<ActionCase> openForChange(Actor caseworker, UUID id) {
        return cases.findByIdOptional(id).map(found -> {
            needToKnow.requireForChange(caseworker, found);
            return ActionCase.of(found, caseworker.subject());
        });
    }

    /**
     * Gives a case to its survivor: from {@code fromOwner} (the placeholder someone else's referral opened it with) to
     * the survivor's subject, only if it still has that owner. Whether it moved; the caller audits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean giveToSurvivor(UUID id, String fromOwner, String survivorSubject) {
        cases.flush();
        int moved = cases.getEntityManager().createNativeQuery(
                "update survivor_case set owner_subject = ?3 where id = ?1 and owner_subject = ?2")
                .setParameter(1, id).setParameter(2, fromOwner).setParameter(3, survivorSubject).executeUpdate();
        cases.getEntityManager().clear();
        return moved == 1;
    }

    /** The summary of a case the caller already holds a reference to (a replayed submission). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseSummary summaryOf(UUID id) {
        return CaseSummary.of(cases.findById(id));
    }

    /** Whether someone owns any case; for their own navigation, so not a read of a record. */
    /**
     * The case with this reference, as a caseworker read it out or typed it (case, spaces and dashes do not matter).
     * Only the id: opening the record is the audited read (casefile/CaseFiles).
     */
    @Transactional
    public Optional<UUID> findIdByReference(String typed) {
        return CaseReference.normalised(typed).flatMap(cases::findIdByReference);
    }

    /** A typed reference in the form references are stored in ("ABCDE-FGHJK"), or empty if it cannot be one. */
    public static Optional<String> normalisedReference(String typed) {
        return CaseReference.normalised(typed);
    }

    @Transactional
    public boolean ownsAnyCase(String ownerSubject) {
        return cases.count("ownerSubject", ownerSubject) > 0;
    }

    /**
     * The first case an owner opened (someone without an account has at most one), or empty before they sent
     * anything: the case a receipt session's audit row names. Not a read of the record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> firstCaseOf(String ownerSubject) {
        return cases.firstOwnedBy(ownerSubject).map(SurvivorCase::id);
    }

    /** A survivor's own cases, newest first. */
    @Transactional
    public List<CaseSummary> listOwnCases(Actor survivor) {
        audit.record(survivor, AuditAction.LIST_OWN_CASES, RECORD_TYPE, null, null);
        return cases.listOwnedBy(survivor.subject()).stream().map(CaseSummary::of).toList();
    }

    // The case itself, for features built on cases, inside their own transaction: they reach the row only through here.

    /** The case; fails if it does not exist (for an id the caller already found). */
    public SurvivorCase findById(UUID id) {
        return cases.findById(id);
    }

    /** The case, or empty if it does not exist. */
    public Optional<SurvivorCase> findByIdOptional(UUID id) {
        return cases.findByIdOptional(id);
    }

    /** Each listed case's reference, for lists another feature keeps of cases (the charter's escalations). */
    public Map<UUID, String> referencesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // Only the two columns: the escalation list needs no whole case in the persistence context.
        return em.createQuery("select c.id, c.reference from SurvivorCase c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }

    /** The case if this person owns it, or empty: the ownership test is in the query (404, never 403). */
    public Optional<SurvivorCase> findOwnedBy(UUID id, String ownerSubject) {
        return cases.findOwnedBy(id, ownerSubject);
    }

    // What the charter keeps on a case row, written and read only here: the charter asks through these methods.
    // Plain SQL on columns the entity maps read-only, so keeping them never bumps the case's optimistic version.

    /**
     * A case just opened: the charter version it runs under (chosen by the charter when it opens) and the deadlines of
     * its first promises ({@link #deadlinesChanged}), in one statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openedUnderCharter(UUID caseId, int charterVersion, boolean breachOpen, Instant nextDue) {
        em.createNativeQuery("update survivor_case set charter_version = ?1, breach_rank = ?2, next_due_at = ?3 "
                + "where id = ?4").setParameter(1, charterVersion).setParameter(2, (short) (breachOpen ? 0 : 1))
                .setParameter(3, nextDue).setParameter(4, caseId).executeUpdate();
    }

    /** The charter version the case runs under; empty for a case that does not exist or has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Integer> charterVersionOf(UUID caseId) {
        return number("select charter_version from survivor_case where id = ?1", caseId);
    }

    /** How often, in days, the survivor agreed to hear from their worker; empty if not agreed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Integer> agreedContactDays(UUID caseId) {
        return number("select contact_every_days from survivor_case where id = ?1", caseId);
    }

    /** Whether the survivor has the case paused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isPaused(UUID caseId) {
        return !em.createNativeQuery("select 1 from survivor_case where id = ?1 and status = 'PAUSED_BY_SURVIVOR'")
                .setParameter(1, caseId).getResultList().isEmpty();
    }

    /**
     * The charter's deadlines as the queue orders by them: whether a missed promise is still not kept (it leads the
     * queue) and the nearest running deadline ({@link SurvivorCase#NO_DEADLINE} for none).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlinesChanged(UUID caseId, boolean breachOpen, Instant nextDue) {
        em.createNativeQuery("update survivor_case set breach_rank = ?1, next_due_at = ?2 where id = ?3")
                .setParameter(1, (short) (breachOpen ? 0 : 1)).setParameter(2, nextDue).setParameter(3, caseId)
                .executeUpdate();
    }

    private Optional<Integer> number(String sql, UUID caseId) {
        List<?> found = em.createNativeQuery(sql).setParameter(1, caseId).getResultList();
        return found.isEmpty() || found.get(0) == null ? Optional.empty()
                : Optional.of(((Number) found.get(0)).intValue());
    }
}
