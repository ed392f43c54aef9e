package org.safeguarding.portal.access;


import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.NeedToKnow;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.cases.Workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.security.origin.SecurityEvents;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * Need-to-know on case records. Every caseworker sees the queue's summaries; the full record of an unassigned case
 * is open to any caseworker for triage and of an assigned case to its worker, while a case assigned to someone else
 * needs a declared reason ("break-glass"), which lasts an hour, is audited, and is listed for a colleague's review.
 */
@ApplicationScoped
public class RecordAccess implements NeedToKnow {

    /** How long one declared reason covers further reads of the same case by the same person. */
    static final Duration BREAK_GLASS_WINDOW = Duration.ofHours(1);
    public static final int MAX_EXPLANATION_LENGTH = 1_000;
    static final String TRIAGE = "triage";
    static final String ASSIGNED_WORKER = "assigned worker";
    static final String BREAK_GLASS = "break-glass: ";
    static final String CLOSURE_SIGN_OFF = "closure sign-off";
    /** A second caseworker checking a copy of the survivor's records before it is released to them (subjectaccess). */
    public static final String RECORDS_RELEASE_REVIEW = "records release approval";

    private final EntityManager em;
    private final CaseService cases;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final Clock clock;
    /** Break-glass is a security event too (portal.security), beside its audit row. */
    @jakarta.inject.Inject
    SecurityEvents events;

    RecordAccess(EntityManager em, CaseService cases, FieldCipher cipher, AuditService audit, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * The purpose a read of this record is audited with, or 403 ({@code record_break_glass_required}) when the case
     * is someone else's and no reason was declared within the window.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String purposeOfRead(Actor caseworker, SurvivorCase found) {
        return purpose(caseworker, found, true);
    }

    /**
     * The same rule for a change to a case (a note, a message, a screening, a referral, an assignment): a colleague's
     * case needs a declared reason first, or the change is refused with 403 and nothing is stored. Reviewing a
     * proposed closure is no reason to change anything else: that review opens the record to read, and the closure
     * to sign off or decline ({@link #requireForMove}), nothing more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public void requireForChange(Actor caseworker, SurvivorCase found) {
        purpose(caseworker, found, false);
    }

    /** A move of the case: signing off a proposed closure or declining it is the reviewer's; any other move is not. */
    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public void requireForMove(Actor caseworker, SurvivorCase found, CaseStatus to) {
        purpose(caseworker, found,
                found.status() == CaseStatus.CLOSURE_PROPOSED && Workflow.closureDecisions().contains(to));
    }

    private String purpose(Actor caseworker, SurvivorCase found, boolean closureSignOffCounts) {
        return purposeIfAny(caseworker, found, closureSignOffCounts)
                .orElseThrow(() -> new Refused(403, "record_break_glass_required"));
    }

    /** The purpose, or empty when the case is a colleague's and no reason was declared within the window. */
    private Optional<String> purposeIfAny(Actor caseworker, SurvivorCase found, boolean closureSignOffCounts) {
        if (found.assigneeSubject() == null) {
            return Optional.of(TRIAGE);
        }
        if (found.assigneeSubject().equals(caseworker.subject())) {
            return Optional.of(ASSIGNED_WORKER);
        }
        if (closureSignOffCounts && found.status() == CaseStatus.CLOSURE_PROPOSED
                && !caseworker.subject().equals(found.closureProposedBy())) {
            // Proposing closure asks a second caseworker to review the case: that review is their need to know.
            return Optional.of(CLOSURE_SIGN_OFF);
        }
        return activeReason(caseworker.subject(), found.id()).map(reason -> BREAK_GLASS + reason);
    }

    /**
     * A caseworker's action page that shows part of the record (an onward referral, a survivor's request): the
     * need-to-know rule for a change (403 without a declared reason on a colleague's case), and the read audited as
     * the record page's is ({@code VIEW_CASE} with its purpose). Empty (404) for a case that does not exist.
     */
    @Transactional
    public Optional<ActionCase> openToAct(Actor caseworker, UUID caseId) {
        return cases.findByIdOptional(caseId).map(found -> {
            requireForChange(caseworker, found);
            audit.record(caseworker, AuditAction.VIEW_CASE, CaseService.RECORD_TYPE, found.id(),
                    purposeOfRead(caseworker, found));
            return ActionCase.of(found, caseworker.subject());
        });
    }

    /**
     * Whether reading this case needs a declared reason first (for the page that asks for one). Asked without the
     * refusal {@link #purposeOfRead} throws: an exception out of a transactional method marks the caller's
     * transaction for rollback, so a caller that asked inside its own transaction and went on to write (an audit row)
     * would have lost the write when it committed.
     */
    @Transactional
    public boolean needsBreakGlass(Actor caseworker, UUID caseId) {
        return cases.findByIdOptional(caseId).map(found -> purposeIfAny(caseworker, found, true).isEmpty())
                .orElse(false);
    }

    /** Declares why a caseworker opens someone else's case. Audited; empty (404) for a case that does not exist. */
    @Transactional
    public Optional<UUID> declare(Actor caseworker, UUID caseId, BreakGlassReason reason, String explanation) {
        if (reason == null) {
            throw new ValidationProblem(List.of(new FieldError("reason", "error_break_glass_reason_required")));
        }
        if (explanation == null || explanation.isBlank()) {
            throw new ValidationProblem(List.of(new FieldError("explanation", "error_break_glass_explanation_required")));
        }
        if (explanation.length() > MAX_EXPLANATION_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("explanation", "error_reason_too_long")));
        }
        return cases.findByIdOptional(caseId).map(found -> {
            BreakGlassAccess access = new BreakGlassAccess();
            access.id = UUID.randomUUID();
            access.caseId = found.id();
            access.openedBySubject = caseworker.subject();
            access.openedAt = now();
            access.reason = reason;
            access.explanationCiphertext = cipher.encrypt(explanation.strip(), explanationContext(access.id));
            access.assigneeSubject = found.assigneeSubject() == null ? "" : found.assigneeSubject();
            em.persist(access);
            audit.record(caseworker, AuditAction.BREAK_GLASS, CaseService.RECORD_TYPE, found.id(), reason.name());
            events.mark(SecurityEvents.Kind.BREAK_GLASS);
            return access.id;
        });
    }

    /** Break-glass openings nobody has reviewed yet, newest first (reading the list is audited). */
    @Transactional
    public List<BreakGlassView> awaitingReview(Actor caseworker) {
        audit.record(caseworker, AuditAction.REVIEW_BREAK_GLASS, CaseService.RECORD_TYPE, null, "list");
        return em.createQuery("select a, c.reference, s.displayName from BreakGlassAccess a "
                + "join SurvivorCase c on c.id = a.caseId left join StaffMember s on s.subject = a.openedBySubject "
                + "where a.reviewedAt is null order by a.openedAt desc", Object[].class).setMaxResults(200)
                .getResultStream().map(row -> {
                    BreakGlassAccess a = (BreakGlassAccess) row[0];
                    String openedBy = row[2] == null ? a.openedBySubject : (String) row[2];
                    return new BreakGlassView(a.id, a.caseId, (String) row[1], openedBy, a.openedAt,
                            a.reason, cipher.decrypt(a.explanationCiphertext, explanationContext(a.id)),
                            a.openedBySubject.equals(caseworker.subject()));
                }).toList();
    }

    /** A colleague (never the person who opened it) marks an opening reviewed; 409 for one's own; empty (404). */
    @Transactional
    public Optional<UUID> markReviewed(Actor caseworker, UUID accessId) {
        return Optional.ofNullable(em.find(BreakGlassAccess.class, accessId)).filter(a -> a.reviewedAt == null)
                .map(access -> {
                    if (access.openedBySubject.equals(caseworker.subject())) {
                        throw new Refused(409, "break_glass_own_review");
                    }
                    access.reviewedAt = now();
                    access.reviewedBy = caseworker.subject();
                    audit.record(caseworker, AuditAction.REVIEW_BREAK_GLASS, CaseService.RECORD_TYPE, access.caseId,
                            "reviewed");
                    return access.id;
                });
    }

    private Optional<BreakGlassReason> activeReason(String subject, UUID caseId) {
        return em.createQuery("select a.reason from BreakGlassAccess a where a.caseId = ?1 and a.openedBySubject = ?2 "
                + "and a.openedAt > ?3 order by a.openedAt desc", BreakGlassReason.class).setParameter(1, caseId)
                .setParameter(2, subject).setParameter(3, now().minus(BREAK_GLASS_WINDOW)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static FieldContext explanationContext(UUID accessId) {
        return new FieldContext(BreakGlassAccess.TABLE, BreakGlassAccess.EXPLANATION_COLUMN, accessId);
    }
}
