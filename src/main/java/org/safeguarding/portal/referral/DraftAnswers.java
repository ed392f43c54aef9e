package org.safeguarding.portal.referral;

import org.safeguarding.portal.casework.Consents;
import org.safeguarding.portal.casework.ContactPlan;

/**
 * The answers of an unfinished intake, and the idempotency key its final "Send" will use, so that sending twice
 * (a double click, a retry after a lost answer) opens one case.
 */
public record DraftAnswers(String idempotencyKey, String account, Subject subject, AgeBand ageAtHarm,
        Boolean currentRisk, ContactPlan contactPlan, Consents consents) {

    public ReferralForm toForm() {
        return new ReferralForm(account, subject, ageAtHarm, currentRisk, contactPlan, consents);
    }
}
