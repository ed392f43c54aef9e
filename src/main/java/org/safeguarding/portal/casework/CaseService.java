package org.safeguarding.portal.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.audit.AuditService.Actor;
import org.safeguarding.portal.casework.CaseViews.CaseDetail;
import org.safeguarding.portal.casework.CaseViews.CaseSummary;
import org.safeguarding.portal.referral.ReferralService;

/** Use cases on cases. Each read or change of a survivor's record writes its audit row in the same transaction. */
@ApplicationScoped
public class CaseService {

    static final String RECORD_TYPE = "case";
    static final int QUEUE_PAGE_SIZE = 50;

    private final CaseRepository cases;
    private final AuditService audit;
    private final ReferralService referrals;
    private final PreferencesService preferences;

    CaseService(CaseRepository cases, AuditService audit, ReferralService referrals, PreferencesService preferences) {
        this.cases = cases;
        this.audit = audit;
        this.referrals = referrals;
        this.preferences = preferences;
    }

    /** Opens the case for a submission, inside the submission's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseSummary openCase(String ownerSubject, Instant at) {
        String reference = CaseReference.next();
        while (cases.referenceTaken(reference)) {
            reference = CaseReference.next();
        }
        SurvivorCase opened = SurvivorCase.submitted(ownerSubject, reference, at);
        cases.persist(opened);
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
            return CaseDetail.of(found, referrals.openingSubmissionOf(found.id), preferences.preferencesOf(found.id));
        });
    }

    /** The triage queue: summaries of every case, no free text. */
    @Transactional
    public List<CaseSummary> queue(Actor caseworker) {
        audit.record(caseworker, AuditAction.VIEW_QUEUE, RECORD_TYPE, null, null);
        return cases.queue(QUEUE_PAGE_SIZE).stream().map(CaseSummary::of).toList();
    }

    /** A caseworker opens a case's full record: audited with the purpose they gave. */
    @Transactional
    public Optional<CaseDetail> openRecord(Actor caseworker, UUID id, String purpose) {
        return cases.findByIdOptional(id).map(found -> {
            audit.record(caseworker, AuditAction.VIEW_CASE, RECORD_TYPE, found.id, purpose);
            return CaseDetail.of(found, referrals.openingSubmissionOf(found.id), preferences.preferencesOf(found.id));
        });
    }
}
