package org.safeguarding.portal.casework;

import java.time.Instant;
import java.util.UUID;

import org.safeguarding.portal.referral.Acknowledgement;
import org.safeguarding.portal.referral.ReferralService.OpeningSubmission;

/** What pages and the API show of a case. */
public final class CaseViews {

    private CaseViews() {
    }

    /** A line in a list: no free text, so a queue or list never shows anyone's account. */
    public record CaseSummary(UUID id, String reference, CaseStatus status, Instant openedAt) {
        static CaseSummary of(SurvivorCase c) {
            return new CaseSummary(c.id, c.reference, c.status, c.openedAt);
        }
    }

    /** The whole record, for its owner or a caseworker; every read of it is audited. */
    public record CaseDetail(UUID id, String reference, CaseStatus status, Instant openedAt, String account,
            Acknowledgement acknowledgement) {
        static CaseDetail of(SurvivorCase c, OpeningSubmission opening) {
            return new CaseDetail(c.id, c.reference, c.status, c.openedAt, opening.account(),
                    opening.acknowledgement());
        }
    }
}
