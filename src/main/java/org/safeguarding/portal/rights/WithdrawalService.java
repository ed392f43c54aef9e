package org.safeguarding.portal.rights;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.messages.MessageService;

/**
 * "I no longer want the hub to act": the case is withdrawn (cases/ ends the charter's promises), the worker it was
 * assigned to (or the queue, when nobody was) is told, and where the case records a child at risk the survivor is
 * told in writing, on the case, that the hub's duty to keep a child safe does not end with their withdrawal. The
 * record is kept under the retention schedule. Asking again reopens it.
 */
@ApplicationScoped
public class WithdrawalService {

    /** Purpose recorded on the audit row of a read of the withdrawals list (references and times only). */
    static final String LIST_PURPOSE = "withdrawals";

    private final CaseService cases;
    private final MessageService messages;
    private final Messages words;
    private final AuditService audit;
    private final EntityManager em;
    private final Clock clock;

    WithdrawalService(CaseService cases, MessageService messages, Messages words, AuditService audit,
            EntityManager em, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.words = words;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    /** What the survivor is shown after withdrawing. */
    public record Withdrawn(UUID caseId, CaseStatus status, boolean childDutyExplained) {
    }

    /** Withdraws the survivor's case; 409 if already withdrawn or closed; empty (404) if not theirs. */
    @Transactional
    public Optional<Withdrawn> withdraw(Actor survivor, UUID caseId) {
        return cases.withdrawBySurvivor(survivor, caseId).map(done -> {
            CaseWithdrawal row = new CaseWithdrawal();
            row.id = UUID.randomUUID();
            row.caseId = done.caseId();
            row.withdrawnAt = done.at();
            row.withdrawnByRole = survivor.role();
            row.fromStatus = done.from().name();
            row.workerSubject = done.assigneeSubject();
            row.childDutyExplained = done.childAtRisk();
            em.persist(row);
            if (done.childAtRisk()) {
                // Recorded on the case as a notice the survivor keeps: what we said, and when.
                messages.tellSurvivor(survivor, done.caseId(), words.text("withdraw_child_duty_tell"));
            }
            return new Withdrawn(done.caseId(), CaseStatus.WITHDRAWN, done.childAtRisk());
        });
    }

    /**
     * Whether the case records a child at risk, for the confirmation page's words: a read of the survivor's own case,
     * audited as one. Empty (404) if not theirs.
     */
    @Transactional
    public Optional<Boolean> recordsChildAtRisk(Actor survivor, UUID caseId) {
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> {
            audit.record(survivor, AuditAction.VIEW_OWN_CASE, CaseService.RECORD_TYPE, owned.id(), null);
            return owned.childAtRisk();
        });
    }

    /** The survivor asks the hub to act again: the case reopens. 409 unless withdrawn; empty (404) if not theirs. */
    public Optional<CaseStatus> askAgain(Actor survivor, UUID caseId) {
        return cases.askAgainBySurvivor(survivor, caseId);
    }

    /** A withdrawal a caseworker has not yet seen: the case's reference and when, nothing the survivor wrote. */
    public record Unseen(UUID id, UUID caseId, String reference, Instant withdrawnAt, boolean yours,
            boolean childDutyExplained) {
    }

    /**
     * Withdrawals nobody has marked seen, on the reader's own cases and on cases nobody was assigned (the queue's),
     * oldest first. Audited as a read of a list (no case's content is shown).
     */
    @Transactional
    public List<Unseen> unseen(Actor caseworker) {
        List<CaseWithdrawal> rows = em.createQuery("""
                from CaseWithdrawal w where w.seenAt is null and (w.workerSubject is null or w.workerSubject = ?1)
                order by w.withdrawnAt, w.id""", CaseWithdrawal.class).setParameter(1, caseworker.subject())
                .setMaxResults(200).getResultList();
        audit.record(caseworker, AuditAction.VIEW_QUEUE, CaseService.RECORD_TYPE, null, LIST_PURPOSE);
        Map<UUID, String> references = cases.referencesOf(rows.stream().map(w -> w.caseId).toList());
        return rows.stream().map(w -> new Unseen(w.id, w.caseId, references.get(w.caseId), w.withdrawnAt,
                w.workerSubject != null, w.childDutyExplained)).toList();
    }

    /**
     * The caseworker has read that the survivor withdrew; audited on the case. Empty (404) for a withdrawal that is
     * not on their own case nor the queue's; 409 if already marked.
     */
    @Transactional
    public Optional<UUID> markSeen(Actor caseworker, UUID withdrawalId) {
        return Optional.ofNullable(em.find(CaseWithdrawal.class, withdrawalId))
                .filter(w -> w.workerSubject == null || w.workerSubject.equals(caseworker.subject())).map(w -> {
                    if (!w.seen(caseworker.subject(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS))) {
                        throw new org.safeguarding.portal.core.Refused(409, "withdrawal_already_seen");
                    }
                    audit.record(caseworker, AuditAction.SEE_WITHDRAWAL, CaseService.RECORD_TYPE, w.caseId, null);
                    return w.caseId;
                });
    }
}
