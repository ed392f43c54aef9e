package org.safeguarding.portal.cases;

import org.safeguarding.portal.cases.events.Milestone;

import org.safeguarding.portal.cases.events.CaseEvents;

import org.safeguarding.portal.cases.events.CaseEvent;

import org.safeguarding.portal.cases.ActionCase;


import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * Moves cases along the workflow: {@link Workflow} decides, the case applies, and the change is recorded with who,
 * when and why (the reason encrypted) and audited, all in one transaction.
 */
@ApplicationScoped
public class CaseWorkflowService {

    public static final int MAX_REASON_LENGTH = 2_000;
    public static final int MAX_SURVIVOR_REASONS_LENGTH = 5_000;
    static final String CLOSURE_REASONS_COLUMN = "closure_reasons_ciphertext";

    private final CaseRepository cases;
    private final EntityManager em;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final CaseEvents events;
    private final NeedToKnow needToKnow;
    private final WorkflowFacts.Screened screened;
    private final WorkflowFacts.MashAnswered mashAnswered;
    private final Clock clock;

    CaseWorkflowService(CaseRepository cases, EntityManager em, FieldCipher cipher, AuditService audit,
            CaseEvents events, NeedToKnow needToKnow, WorkflowFacts.Screened screened,
            WorkflowFacts.MashAnswered mashAnswered, Clock clock) {
        this.clock = clock;
        this.needToKnow = needToKnow;
        this.screened = screened;
        this.mashAnswered = mashAnswered;
        this.events = events;
        this.cases = cases;
        this.em = em;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * A requested move: the caseworker's reason (internal) and, when proposing closure, the words for the survivor and
     * why the case closes (for the board's counts).
     */
    public record Transition(CaseStatus to, String reason, String survivorReasons, boolean exitPlanAgreed,
            ClosureReason closureReason) {
    }

    /**
     * Moves the case, or refuses with 409 (the case's state does not allow it) or 422 (a reason is missing). Empty
     * (404) for a case that does not exist. Closing sends the survivor the written reasons given at the proposal.
     */
    @Transactional
    public Optional<CaseSummary> transition(Actor caseworker, UUID caseId, Transition requested) {
        CaseStatus to = requested.to();
        if (to == null) {
            throw new ValidationProblem(List.of(new FieldError("to", "error_transition_to_required")));
        }
        String reason = trimmed(requested.reason(), "reason", MAX_REASON_LENGTH);
        String survivorReasons = trimmed(requested.survivorReasons(), "survivorReasons", MAX_SURVIVOR_REASONS_LENGTH);
        return cases.findByIdOptional(caseId).map(found -> {
            needToKnow.requireForMove(caseworker, found, to);
            if (found.isRestricted()) {
                throw new Refused(Workflow.Refusal.RESTRICTED.httpStatus, Workflow.Refusal.RESTRICTED.messageKey());
            }
            Workflow.State state = stateOf(found);
            Workflow.check(state, new Workflow.Move(to, caseworker.subject(), reason != null, survivorReasons != null,
                    requested.closureReason() != null)).ifPresent(refusal -> {
                        throw new Refused(refusal.httpStatus, refusal.messageKey());
                    });
            CaseStatus from = found.moveTo(to, caseworker.subject(), requested.closureReason());
            Instant now = now();
            CaseStatusChange change = CaseStatusChange.of(found.id, from, to, now, caseworker.role());
            change.changedBySubject = caseworker.subject();
            // The reason on the proposal, and copied onto the closing change: the board counts closures by it.
            if ((to == CaseStatus.CLOSURE_PROPOSED && !from.isSideState()) || to == CaseStatus.CLOSED) {
                change.closureReason = found.closureReason;
            }
            if (reason != null) {
                change.reasonCiphertext = cipher.encrypt(reason, reasonContext(change.id));
            }
            em.persist(change);
            if (to == CaseStatus.CLOSURE_PROPOSED && survivorReasons != null) {
                found.explainClosure(cipher.encrypt(survivorReasons, closureContext(found.id)));
            }
            audit.record(caseworker, AuditAction.CHANGE_STATUS, CaseService.RECORD_TYPE, found.id,
                    from + " -> " + to);
            events.reached(found.id, caseworker, milestonesOf(from, to, requested.exitPlanAgreed()), now);
            if (to == CaseStatus.CLOSED) {
                // The survivor is told why in writing (messages), and the charter's running promises end.
                events.fire(new CaseEvent.Closed(found.id, caseworker, now,
                        cipher.decrypt(found.closureReasonsCiphertext, closureContext(found.id))));
            }
            em.flush();
            return CaseSummary.of(found);
        });
    }

    /** What a move means for the charter's promises. */
    static Set<Milestone> milestonesOf(CaseStatus from, CaseStatus to, boolean exitPlanAgreed) {
        Set<Milestone> events = EnumSet.noneOf(Milestone.class);
        if (to == CaseStatus.ACKNOWLEDGED) {
            events.add(Milestone.ACKNOWLEDGED);
        }
        if (to == CaseStatus.REOPENED) {
            events.add(Milestone.REOPENED);
        }
        if (from == CaseStatus.NEEDS_ASSESSMENT && to == CaseStatus.SUPPORT_PLAN) {
            events.add(Milestone.NEEDS_ASSESSED);
        }
        if (to == CaseStatus.CLOSURE_PROPOSED && !from.isSideState()) {
            events.add(Milestone.CLOSURE_PROPOSED);
            events.add(Milestone.DECISION);
            if (exitPlanAgreed) {
                events.add(Milestone.EXIT_PLAN_AGREED);
            }
        }
        return events;
    }

    /** What the "Move the case" page offers: where the case may go now, and the closure reason proposed, if any. */
    public record MoveChoices(ActionCase c, Set<CaseStatus> next, ClosureReason proposedClosureReason,
            boolean paused) {
        public boolean canProposeClosure() {
            return next.contains(CaseStatus.CLOSURE_PROPOSED);
        }
    }

    /**
     * The choices of the "Move the case" page, after the need-to-know rule for a move: a proposed closure is open to
     * its reviewer (to sign off or decline), any other case to its worker or with a declared reason (403 otherwise).
     * Empty (404) for a case that does not exist.
     */
    @Transactional
    public Optional<MoveChoices> choicesFor(Actor caseworker, UUID caseId) {
        return cases.findByIdOptional(caseId).map(found -> {
            if (found.status == CaseStatus.CLOSURE_PROPOSED) {
                needToKnow.requireForMove(caseworker, found, CaseStatus.CLOSED);
            } else {
                needToKnow.requireForChange(caseworker, found);
            }
            return new MoveChoices(ActionCase.of(found, caseworker.subject()), targetsFor(found), found.closureReason,
                    found.status == CaseStatus.PAUSED_BY_SURVIVOR);
        });
    }

    /** The statuses offered to a caseworker on the record page, in workflow order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<CaseStatus> targetsFor(SurvivorCase found) {
        return Workflow.targets(stateOf(found));
    }

    /** The history of a case's status, for a caseworker who already opened (and so audited) the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StatusChangeView> historyOf(UUID caseId) {
        return em.createQuery("from CaseStatusChange c where c.caseId = ?1 order by c.changedAt, c.id",
                CaseStatusChange.class).setParameter(1, caseId).getResultStream()
                .map(c -> new StatusChangeView(c.changedAt, c.fromStatus, c.toStatus, c.changedByRole,
                        c.changedBySubject, c.reasonCiphertext == null ? null
                                : cipher.decrypt(c.reasonCiphertext, reasonContext(c.id)), c.closureReason))
                .toList();
    }

    /**
     * The written reasons for ending support last given to the survivor with a proposal to close (they are sent when
     * the case closes), decrypted for a read the caller has already authorised and audited; empty if none were given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<String> closureExplanationOf(UUID caseId) {
        return cases.findByIdOptional(caseId).filter(found -> found.closureReasonsCiphertext != null)
                .map(found -> cipher.decrypt(found.closureReasonsCiphertext, closureContext(found.id)));
    }

    private Workflow.State stateOf(SurvivorCase found) {
        return found.workflowState(screened.isScreened(found.id), mashAnswered.isMashAnswered(found.id));
    }

    private static String trimmed(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > max) {
            throw new ValidationProblem(List.of(new FieldError(field, "error_reason_too_long")));
        }
        return text.strip();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static FieldContext reasonContext(UUID changeId) {
        return new FieldContext(CaseStatusChange.TABLE, CaseStatusChange.REASON_COLUMN, changeId);
    }

    private static FieldContext closureContext(UUID caseId) {
        return new FieldContext("survivor_case", CLOSURE_REASONS_COLUMN, caseId);
    }
}
