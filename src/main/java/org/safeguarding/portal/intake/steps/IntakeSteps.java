package org.safeguarding.portal.intake.steps;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.portal.intake.AgeBand;
import org.safeguarding.portal.intake.Ethnicity;
import org.safeguarding.portal.intake.ReferralForm;
import org.safeguarding.portal.intake.Sex;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.area.AreaCatalogue;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.core.FieldError;

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
    /** Sex, ethnic group and the area they live in: asked only to count who the service reaches. */
    static final int ABOUT_YOU = 7;
    /** The number of question steps; "check your answers" comes after them. */
    static final int QUESTIONS = 7;

    private IntakeSteps() {
    }

    record StepResult(DraftAnswers answers, List<FieldError> errors) {
    }

    static boolean isQuestion(int step) {
        return step >= 1 && step <= QUESTIONS;
    }

    /**
     * The draft with this step's answers from the form, and any problem the person can fix. {@code areas} decides
     * which ward codes the "About you" step accepts.
     */
    static StepResult apply(int step, DraftAnswers a, StepForm form, AreaCatalogue areas) {
        List<FieldError> errors = new ArrayList<>();
        DraftAnswers updated = switch (step) {
            case WHAT_HAPPENED -> {
                String account = form.account;
                account = account == null || account.isBlank() ? null : account;
                if (account != null && account.length() > ReferralForm.MAX_ACCOUNT_LENGTH) {
                    errors.add(new FieldError("account", "error_account_too_long"));
                }
                yield a.withAccount(account);
            }
            case WHO -> a.withSubject(StepForm.enumOrNull(Subject.class, form.subject));
            case AGE -> a.withAgeAtHarm(StepForm.enumOrNull(AgeBand.class, form.ageAtHarm));
            case RISK_NOW -> a.withCurrentRisk(StepForm.yesNo(form.currentRisk));
            case CONTACT -> {
                ContactPlan plan = form.contactPlan();
                errors.addAll(plan.problems("contactPlan"));
                yield a.withContactPlan(plan);
            }
            case SHARING -> a.withConsents(form.consents());
            case ABOUT_YOU -> {
                String ward = form.ward == null || form.ward.isBlank() ? null : form.ward;
                if (ward != null && !areas.isAnswer(ward)) {
                    // Not one the page offers (the list changed, or the form was altered): never stored.
                    errors.add(new FieldError("ward", "about_error_ward_unknown"));
                    ward = null;
                }
                yield a.withAboutYou(StepForm.enumOrNull(Sex.class, form.sex),
                        StepForm.enumOrNull(Ethnicity.class, form.ethnicity), ward);
            }
            default -> throw new IllegalArgumentException("no intake step " + step);
        };
        return new StepResult(updated, errors);
    }

    /** The step a field's error belongs to, for "check your answers" links. */
    static int stepOf(FieldError error) {
        if (error.field().equals("ward")) {
            return ABOUT_YOU;
        }
        return error.field().startsWith("contactPlan") ? CONTACT : WHAT_HAPPENED;
    }
}
