package org.safeguarding.portal.referral;

import org.safeguarding.portal.casework.Consents;
import org.safeguarding.portal.casework.ContactPlan;

/**
 * The answers of an unfinished intake, and the idempotency key its final "Send" will use, so that sending twice
 * (a double click, a retry after a lost answer) opens one case.
 */
public record DraftAnswers(String idempotencyKey, String account, Subject subject, AgeBand ageAtHarm,
        Boolean currentRisk, ContactPlan contactPlan, Consents consents, Sex sex, Ethnicity ethnicity, String ward) {

    /** A draft without the "About you" answers (drafts saved before that step existed read the same way). */
    public DraftAnswers(String idempotencyKey, String account, Subject subject, AgeBand ageAtHarm,
            Boolean currentRisk, ContactPlan contactPlan, Consents consents) {
        this(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, null, null, null);
    }

    public ReferralForm toForm() {
        return new ReferralForm(account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex, ethnicity, ward);
    }

    /** The same draft with the "About you" answers. */
    DraftAnswers withAboutYou(Sex sex, Ethnicity ethnicity, String ward) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward);
    }
}
