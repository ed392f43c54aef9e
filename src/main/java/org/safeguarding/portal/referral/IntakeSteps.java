package org.safeguarding.portal.referral;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.portal.casework.ContactPlan;
import org.safeguarding.portal.web.FieldError;

/**
 * The intake questions, one short step each, and how a step's form post changes the draft. Anything a step does not
 * recognise is ignored rather than stored; "I'd rather not say" is an empty value and stays unanswered.
 */
final class IntakeSteps {

    static final int WHAT_HAPPENED = 1;
    static final int WHO = 2;
    static final int AGE = 3;
    static final int RISK_NOW = 4;
    static final int CONTACT = 5;
    static final int SHARING = 6;
    /** The number of question steps; "check your answers" comes after them. */
    static final int QUESTIONS = 6;

    private IntakeSteps() {
    }

    record StepResult(DraftAnswers answers, List<FieldError> errors) {
    }

    static boolean isQuestion(int step) {
        return step >= 1 && step <= QUESTIONS;
    }

    /** The draft with this step's answers from the form, and any problem the person can fix. */
    static StepResult apply(int step, DraftAnswers a, StepForm form) {
        List<FieldError> errors = new ArrayList<>();
        DraftAnswers updated = switch (step) {
            case WHAT_HAPPENED -> {
                String account = form.account;
                account = account == null || account.isBlank() ? null : account;
                if (account != null && account.length() > ReferralForm.MAX_ACCOUNT_LENGTH) {
                    errors.add(new FieldError("account", "error_account_too_long"));
                }
                yield new DraftAnswers(a.idempotencyKey(), account, a.subject(), a.ageAtHarm(), a.currentRisk(),
                        a.contactPlan(), a.consents());
            }
            case WHO -> new DraftAnswers(a.idempotencyKey(), a.account(), StepForm.enumOrNull(Subject.class,
                    form.subject), a.ageAtHarm(), a.currentRisk(), a.contactPlan(), a.consents());
            case AGE -> new DraftAnswers(a.idempotencyKey(), a.account(), a.subject(),
                    StepForm.enumOrNull(AgeBand.class, form.ageAtHarm), a.currentRisk(), a.contactPlan(),
                    a.consents());
            case RISK_NOW -> new DraftAnswers(a.idempotencyKey(), a.account(), a.subject(), a.ageAtHarm(),
                    StepForm.yesNo(form.currentRisk), a.contactPlan(), a.consents());
            case CONTACT -> {
                ContactPlan plan = form.contactPlan();
                errors.addAll(plan.problems("contactPlan"));
                yield new DraftAnswers(a.idempotencyKey(), a.account(), a.subject(), a.ageAtHarm(), a.currentRisk(),
                        plan, a.consents());
            }
            case SHARING -> new DraftAnswers(a.idempotencyKey(), a.account(), a.subject(), a.ageAtHarm(),
                    a.currentRisk(), a.contactPlan(), form.consents());
            default -> throw new IllegalArgumentException("no intake step " + step);
        };
        return new StepResult(updated, errors);
    }

    /** The step a field's error belongs to, for "check your answers" links. */
    static int stepOf(FieldError error) {
        return error.field().startsWith("contactPlan") ? CONTACT : WHAT_HAPPENED;
    }
}
