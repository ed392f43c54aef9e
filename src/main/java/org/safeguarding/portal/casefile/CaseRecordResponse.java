package org.safeguarding.portal.casefile;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.safeguarding.portal.intake.referrer.Referrers;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.ClosureReason;
import org.safeguarding.portal.cases.RiskLevel;
import org.safeguarding.portal.cases.StatusChangeView;
import org.safeguarding.portal.onward.OnwardReferralView;
import org.safeguarding.portal.screening.ScreeningView;

/**
 * A case's whole record as the JSON API gives it to a caseworker ({@code GET /api/v1/cases/{id}}): the case as the
 * survivor sees it, and what only the hub sees. The API's own record, apart from the record page's
 * {@link CaseRecord} and its choices and words.
 */
public record CaseRecordResponse(@JsonUnwrapped CaseResponse caseFile, RiskLevel risk, boolean assignedToReader,
        ScreeningView screening, List<OnwardReferralView> onwardReferrals, List<StatusChangeView> statusHistory,
        Set<CaseStatus> nextStatuses, String accessPurpose, Short contactEveryDays, ClosureReason closureReason,
        Referrers.ReferrerView referrer, HubRecordingView recordedByHub) {

    static CaseRecordResponse of(CaseRecord record) {
        return new CaseRecordResponse(CaseResponse.of(record.detail()), record.risk(), record.assignedToReader(),
                record.screening(), record.onwardReferrals(), record.statusHistory(), record.nextStatuses(),
                record.accessPurpose(), record.contactEveryDays(), record.closureReason(), record.referrer(), record.hubRecording());
    }
}
