package org.safeguarding.portal.casefile;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.intake.referrer.Invitations;
import org.safeguarding.portal.intake.referrer.Referrers;
import org.safeguarding.portal.access.RecordAccess;
import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseWorkflowService;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.charter.CharterService;
import org.safeguarding.portal.contact.PreferencesService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.intake.ReferralService;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.onward.OnwardReferralService;
import org.safeguarding.portal.requests.SurvivorRequestService;
import org.safeguarding.portal.screening.ScreeningService;
import org.safeguarding.portal.staff.StaffDirectory;
import org.safeguarding.portal.staff.StaffMember;

/**
 * The case file: a case with everything each feature keeps about it, composed for the person allowed to read it. It
 * sits above every feature, so none of them needs another to show itself. Each read is audited here, in the same
 * transaction, before anything is returned.
 */
@ApplicationScoped
public class CaseFiles {

    private final CaseService caseService;
    private final AuditService audit;
    private final RecordAccess access;
    private final ReferralService referrals;
    private final PreferencesService preferences;
    private final MessageService messages;
    private final CharterService charter;
    private final SurvivorRequestService requests;
    private final ScreeningService screenings;
    private final OnwardReferralService onwardReferrals;
    private final CaseWorkflowService workflow;
    /** Who sent someone else's referral: part of the caseworker's record, never of the survivor's own view. */
    @jakarta.inject.Inject
    Referrers referrers;
    /** Where the survivor's invitation to someone else's referral stands; read with the record, in its audited read. */
    @jakarta.inject.Inject
    Invitations invitations;
    /** The name of the caseworker who recorded a referral the hub took (by phone, in person, by letter). */
    @jakarta.inject.Inject
    StaffDirectory staff;

    CaseFiles(CaseService caseService, AuditService audit, RecordAccess access,
            ReferralService referrals, PreferencesService preferences, MessageService messages,
            CharterService charter, SurvivorRequestService requests, ScreeningService screenings,
            OnwardReferralService onwardReferrals, CaseWorkflowService workflow) {
        this.caseService = caseService;
        this.audit = audit;
        this.access = access;
        this.referrals = referrals;
        this.preferences = preferences;
        this.messages = messages;
        this.charter = charter;
        this.requests = requests;
        this.screenings = screenings;
        this.onwardReferrals = onwardReferrals;
        this.workflow = workflow;
    }

    /** One of the survivor's own cases; empty (answered as 404) for any case they do not own, which is not audited. */
    @Transactional
    public Optional<CaseDetail> findOwnCase(Actor survivor, UUID id) {
        return caseService.findOwnedBy(id, survivor.subject()).map(found -> {
            audit.record(survivor, AuditAction.VIEW_OWN_CASE, CaseService.RECORD_TYPE, found.id(), null);
            return detailOf(found).forSurvivor();
        });
    }

    /**
     * A caseworker opens a case's full record, audited with its purpose: triage for an unassigned case, the assigned
     * worker's own, or the break-glass reason declared for someone else's (403 without one, see {@link RecordAccess}).
     */
    @Transactional
    public Optional<CaseRecord> openRecord(Actor caseworker, UUID id) {
        return caseService.findByIdOptional(id).map(found -> {
            String purpose = access.purposeOfRead(caseworker, found);
            audit.record(caseworker, AuditAction.VIEW_CASE, CaseService.RECORD_TYPE, found.id(), purpose);
            Referrers.ReferrerView referrer = referrers.referrerOf(found.id()).orElse(null);
            return new CaseRecord(detailOf(found), found.risk(), caseworker.subject().equals(found.assigneeSubject()),
                    screenings.latestOf(found.id()).orElse(null), onwardReferrals.referralsOf(found.id()),
                    workflow.historyOf(found.id()), workflow.targetsFor(found), purpose, found.contactEveryDays(),
                    found.closureReason(), found.isRestricted(), referrer,
                    referrer == null ? null : invitations.stateOf(found.id()), hubRecordingOf(found.id()));
        });
    }

    /** Who at the hub wrote the referral down, from which channel and when it was received; null if nobody did. */
    private HubRecordingView hubRecordingOf(UUID caseId) {
        return referrals.recordedByOf(caseId).map(recorded -> new HubRecordingView(recorded.channel(),
                recorded.receivedAt(), staff.find(recorded.recordedBy()).map(StaffMember::displayName).orElse(null)))
                .orElse(null);
    }

    private CaseDetail detailOf(SurvivorCase found) {
        return CaseDetail.of(found, referrals.openingSubmissionOf(found.id()), preferences.preferencesOf(found.id()),
                caseService.timelineOf(found), messages.messagesOf(found.id()), charter.commitmentsOf(found.id()),
                requests.requestsOf(found.id()));
    }
}
