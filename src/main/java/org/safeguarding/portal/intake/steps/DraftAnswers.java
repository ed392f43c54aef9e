package org.safeguarding.portal.intake.steps;

import org.safeguarding.portal.intake.AgeBand;
import org.safeguarding.portal.intake.Ethnicity;
import org.safeguarding.portal.intake.ReferralForm;
import org.safeguarding.portal.intake.Sex;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactPlan;

/**
 * The answers of an unfinished intake, and the idempotency key its final "Send" will use, so that sending twice
 * (a double click, a retry after a lost answer) opens one case.
 */
public record DraftAnswers(String idempotencyKey, String account, Subject subject, AgeBand ageAtHarm,
        Boolean currentRisk, ContactPlan contactPlan, Consents consents, Sex sex, Ethnicity ethnicity, String ward) {

    /** A new, empty draft that will send with this idempotency key. */
    static DraftAnswers empty(String idempotencyKey) {
        return new DraftAnswers(idempotencyKey, null, null, null, null, null, null, null, null, null);
    }

    public ReferralForm toForm() {
        return new ReferralForm(account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex, ethnicity, ward,
                null);
    }

    // Each intake step changes its own answers and keeps every other one, the "About you" answers included.

    DraftAnswers withAccount(String account) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward);
    }

    DraftAnswers withSubject(Subject subject) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward);
    }

    DraftAnswers withAgeAtHarm(AgeBand ageAtHarm) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward);
    }

    DraftAnswers withCurrentRisk(Boolean currentRisk) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward);
    }

    DraftAnswers withContactPlan(ContactPlan contactPlan) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward);
    }

    DraftAnswers withConsents(Consents consents) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward);
    }

    DraftAnswers withAboutYou(Sex sex, Ethnicity ethnicity, String ward) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward);
    }
}
