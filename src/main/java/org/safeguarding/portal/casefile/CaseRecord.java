package org.safeguarding.portal.casefile;

import java.util.List;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.ClosureReason;
import org.safeguarding.portal.cases.RiskLevel;
import org.safeguarding.portal.cases.StatusChangeView;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.onward.OnwardReferralView;
import org.safeguarding.portal.onward.Partner;
import org.safeguarding.portal.screening.Classification;
import org.safeguarding.portal.screening.PoliceReferralChoice;
import org.safeguarding.portal.screening.ScreeningView;
import org.safeguarding.portal.screening.SubjectType;

/**
 * What a caseworker sees beyond the survivor's own view: the screening in force, onward referrals, the status
 * history with who and why, and where the case may go next; with the record page's choices and the keys of their
 * words. The JSON API answers with {@link CaseRecordResponse}.
 */
public record CaseRecord(CaseDetail detail, RiskLevel risk,
        boolean assignedToReader, ScreeningView screening, List<OnwardReferralView> onwardReferrals,
        List<StatusChangeView> statusHistory, java.util.Set<CaseStatus> nextStatuses, String accessPurpose,
        Short contactEveryDays, ClosureReason closureReason) {

    /** Proposing closure is one of the moves offered: the page asks why the case would close. */
    public boolean canProposeClosure() {
        return nextStatuses.contains(CaseStatus.CLOSURE_PROPOSED);
    }

    public List<ClosureReason> closureReasons() {
        return List.of(ClosureReason.values());
    }

    public String closureReasonKey(ClosureReason reason) {
        return "closure_reason_" + reason;
    }

    public List<Classification> classifications() {
        return List.of(Classification.values());
    }

    public String classificationKey(Classification classification) {
        return "classification_" + classification;
    }

    public String currentRiskKey() {
        return riskKey(risk);
    }

    // The choices the record page offers, with the bundle key of each one's words.

    public List<SubjectType> subjectTypes() {
        return List.of(SubjectType.values());
    }

    public String subjectKey(SubjectType type) {
        return "subject_type_" + type;
    }

    public List<RiskLevel> riskLevels() {
        return List.of(RiskLevel.values());
    }

    public String riskKey(RiskLevel level) {
        return "risk_" + level;
    }

    public List<PoliceReferralChoice> policeChoices() {
        return List.of(PoliceReferralChoice.values());
    }

    public String policeKey(PoliceReferralChoice choice) {
        return "police_" + choice;
    }

    public List<Partner> partners() {
        return List.of(Partner.values());
    }

    public String partnerKey(Partner partner) {
        return "partner_" + partner;
    }

    public List<ContactChannel> channels() {
        return List.of(ContactChannel.values());
    }

    public String channelKey(ContactChannel channel) {
        return "channel_" + channel;
    }
}
