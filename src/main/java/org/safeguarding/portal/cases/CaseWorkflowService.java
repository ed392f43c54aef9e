package org.safeguarding.portal.cases;

import org.safeguarding.portal.access.RecordAccess;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.onward.OnwardReferralStatus;
import org.safeguarding.portal.onward.Partner;

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
import org.safeguarding.portal.cases.CaseViews.CaseSummary;
import org.safeguarding.portal.charter.CharterEvent;
import org.safeguarding.portal.charter.CharterService;
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
    private final MessageService messages;
    private final CharterService charter;
    private final RecordAccess access;
    private final Clock clock = Clock.systemUTC();

    CaseWorkflowService(CaseRepository cases, EntityManager em, FieldCipher cipher, AuditService audit,
            MessageService messages, CharterService charter, RecordAccess access) {
        this.access = access;
        this.charter = charter;
        this.cases = cases;
        this.em = em;
        this.cipher = cipher;
        this.audit = audit;
        this.messages = messages;
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
            access.requireForMove(caseworker, found, to);
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
                found.closureReasonsCiphertext = cipher.encrypt(survivorReasons, closureContext(found.id));
            }
            if (to == CaseStatus.CLOSED) {
                messages.tellSurvivor(caseworker, found.id,
                        cipher.decrypt(found.closureReasonsCiphertext, closureContext(found.id)));
            }
            audit.record(caseworker, AuditAction.CHANGE_STATUS, CaseService.RECORD_TYPE, found.id,
                    from + " -> " + to);
            charter.record(found.id, caseworker, charterEventsOf(from, to, requested.exitPlanAgreed()), now);
            if (to == CaseStatus.CLOSED) {
                charter.caseClosed(found.id, now);
            }
            em.flush();
            return CaseSummary.of(found);
        });
    }

    /** What a move means for the charter's promises. */
    static Set<CharterEvent> charterEventsOf(CaseStatus from, CaseStatus to, boolean exitPlanAgreed) {
        Set<CharterEvent> events = EnumSet.noneOf(CharterEvent.class);
        if (to == CaseStatus.ACKNOWLEDGED) {
            events.add(CharterEvent.ACKNOWLEDGED);
        }
        if (to == CaseStatus.REOPENED) {
            events.add(CharterEvent.REOPENED);
        }
        if (from == CaseStatus.NEEDS_ASSESSMENT && to == CaseStatus.SUPPORT_PLAN) {
            events.add(CharterEvent.NEEDS_ASSESSED);
        }
        if (to == CaseStatus.CLOSURE_PROPOSED && !from.isSideState()) {
            events.add(CharterEvent.CLOSURE_PROPOSED);
            events.add(CharterEvent.DECISION);
            if (exitPlanAgreed) {
                events.add(CharterEvent.EXIT_PLAN_AGREED);
            }
        }
        return events;
    }

    /** The statuses offered to a caseworker on the record page, in workflow order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<CaseStatus> targetsFor(SurvivorCase found) {
        return Workflow.targets(stateOf(found));
    }

    /** The history of a case's status, for a caseworker who already opened (and so audited) the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseViews.StatusChangeView> historyOf(UUID caseId) {
        return em.createQuery("from CaseStatusChange c where c.caseId = ?1 order by c.changedAt, c.id",
                CaseStatusChange.class).setParameter(1, caseId).getResultStream()
                .map(c -> new CaseViews.StatusChangeView(c.changedAt, c.fromStatus, c.toStatus, c.changedByRole,
                        c.changedBySubject, c.reasonCiphertext == null ? null
                                : cipher.decrypt(c.reasonCiphertext, reasonContext(c.id)), c.closureReason))
                .toList();
    }

    private Workflow.State stateOf(SurvivorCase found) {
        boolean screened = em.createQuery("select count(s) from CaseScreening s where s.caseId = ?1", Long.class)
                .setParameter(1, found.id).getSingleResult() > 0;
        boolean mashAnswered = em.createQuery("select count(r) from OnwardReferral r where r.caseId = ?1 "
                + "and r.partner = ?2 and r.status in ?3", Long.class)
                .setParameter(1, found.id).setParameter(2, Partner.MASH)
                .setParameter(3, OnwardReferralStatus.OUTCOMES).getSingleResult() > 0;
        return found.workflowState(screened, mashAnswered);
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
