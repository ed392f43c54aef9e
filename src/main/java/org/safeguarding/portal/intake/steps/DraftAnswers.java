package org.safeguarding.portal.intake.steps;

import org.safeguarding.portal.intake.AgeBand;
import org.safeguarding.portal.intake.Ethnicity;
import org.safeguarding.portal.intake.ReferralForm;
import org.safeguarding.portal.intake.Sex;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.intake.referrer.ReferrerForm;

/**
 * The answers of an unfinished intake, and the idempotency key its final "Send" will use, so that sending twice
 * (a double click, a retry after a lost answer) opens one case. {@code referrer}: who is telling us, when it is
 * someone else (a signed-in referrer's own steps), kept encrypted with the rest of the draft.
 */
public record DraftAnswers(String idempotencyKey, String account, Subject subject, AgeBand ageAtHarm,
        Boolean currentRisk, ContactPlan contactPlan, Consents consents, Sex sex, Ethnicity ethnicity, String ward,
        ReferrerForm referrer) {

    /** Answers with nobody else telling us (the case pages' contact plan and consents use these). */
    public DraftAnswers(String idempotencyKey, String account, Subject subject, AgeBand ageAtHarm, Boolean currentRisk,
            ContactPlan contactPlan, Consents consents, Sex sex, Ethnicity ethnicity, String ward) {
        this(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex, ethnicity, ward,
                null);
    }

    /** A new, empty draft that will send with this idempotency key. */
    static DraftAnswers empty(String idempotencyKey) {
        return new DraftAnswers(idempotencyKey, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The answers as a submission. Someone else telling us (a signed-in referrer who said who they are) sends the
     * referrer's details and no consents: those are the survivor's to give, and the pages never ask the referrer.
     */
    public ReferralForm toForm() {
        if (fromSomeoneElse()) {
            return new ReferralForm(account, subject, ageAtHarm, currentRisk, contactPlan, Consents.NONE, sex,
                    ethnicity, ward, referrer);
        }
        return new ReferralForm(account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex, ethnicity, ward,
                null);
    }

    /** Whether the person writing said it is about someone else and who they are: then they are the referrer. */
    public boolean fromSomeoneElse() {
        return subject == Subject.SOMEONE_ELSE && referrer != null && referrer.fromSomeoneElse();
    }

    DraftAnswers withReferrer(ReferrerForm referrer) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward, referrer);
    }

    // Each intake step changes its own answers and keeps every other one, the "About you" answers included.

    DraftAnswers withAccount(String account) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward, referrer);
    }

    DraftAnswers withSubject(Subject subject) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward, referrer);
    }

    DraftAnswers withAgeAtHarm(AgeBand ageAtHarm) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward, referrer);
    }

    DraftAnswers withCurrentRisk(Boolean currentRisk) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward, referrer);
    }

    DraftAnswers withContactPlan(ContactPlan contactPlan) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward, referrer);
    }

    DraftAnswers withConsents(Consents consents) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward, referrer);
    }

    DraftAnswers withAboutYou(Sex sex, Ethnicity ethnicity, String ward) {
        return new DraftAnswers(idempotencyKey, account, subject, ageAtHarm, currentRisk, contactPlan, consents, sex,
                ethnicity, ward, referrer);
    }
}
