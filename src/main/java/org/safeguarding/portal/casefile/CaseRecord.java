package org.safeguarding.portal.casefile;

import java.util.List;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.ClosureReason;
import org.safeguarding.portal.cases.RiskLevel;
import org.safeguarding.portal.cases.StatusChangeView;
import org.safeguarding.portal.intake.referrer.InvitationState;
import org.safeguarding.portal.intake.referrer.Referrers.ReferrerView;
import org.safeguarding.portal.onward.OnwardReferralView;
import org.safeguarding.portal.screening.ScreeningView;

/**
 * What a caseworker sees beyond the survivor's own view: the screening in force, onward referrals, the status
 * history with who and why, where the case may go next, and who sent someone else's referral (null for a survivor's
 * own, and never in the survivor's view: a referrer may have reasons not to be named to whoever reads it) with where
 * the survivor's invitation stands (null for a survivor's own); with the record page's choices and the keys of their
 * words. The JSON API answers with {@link CaseRecordResponse}.
 */
public record CaseRecord(CaseDetail detail, RiskLevel risk,
        boolean assignedToReader, ScreeningView screening, List<OnwardReferralView> onwardReferrals,
        List<StatusChangeView> statusHistory, java.util.Set<CaseStatus> nextStatuses, String accessPurpose,
        Short contactEveryDays, ClosureReason closureReason, boolean restricted,
        ReferrerView referrer, InvitationState invitation, HubRecordingView hubRecording) {
}
