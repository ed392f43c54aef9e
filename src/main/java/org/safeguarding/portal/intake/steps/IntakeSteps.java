package org.safeguarding.portal.intake.steps;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.portal.intake.FormChoices;
import org.safeguarding.portal.intake.AgeBand;
import org.safeguarding.portal.intake.Ethnicity;
import org.safeguarding.portal.intake.ReferralForm;
import org.safeguarding.portal.intake.Sex;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.area.AreaCatalogue;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.intake.referrer.ReferrerForm;
import org.safeguarding.portal.intake.referrer.SurvivorAgeBand;
import org.safeguarding.portal.intake.referrer.SurvivorKnows;
import org.safeguarding.portal.intake.referrer.ToldBy;

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
    /**
     * Someone else telling us (a signed-in person who said it is about someone else): who they are, then what they
     * know of the survivor. Asked after "who is it about", numbered after the questions everyone is asked.
     */
    static final int REFERRER = 8;
    static final int SURVIVOR_KNOWN = 9;
    /** Where {@link #next} sends the person after the last question: "check your answers". */
    static final int CHECK = 0;

    private IntakeSteps() {
    }

    record StepResult(DraftAnswers answers, List<FieldError> errors) {
    }

    static boolean isQuestion(int step) {
        return step >= 1 && step <= SURVIVOR_KNOWN;
    }

    /**
     * The step after (or, going back, before) this one. Someone else telling us answers who they are and what they
     * know of the survivor after "who is it about", and is not asked about sharing: consents are the survivor's. So is
     * someone telling us with a receipt code: the case is the survivor's, not the code's.
     */
    static int next(int step, DraftAnswers a, boolean back) {
        boolean someoneElse = a.subject() == Subject.SOMEONE_ELSE;
        if (back) {
            return switch (step) {
                case REFERRER -> WHO;
                case SURVIVOR_KNOWN -> REFERRER;
                case AGE -> someoneElse ? SURVIVOR_KNOWN : WHO;
                case ABOUT_YOU -> someoneElse ? CONTACT : SHARING;
                default -> Math.max(1, step - 1);
            };
        }
        return switch (step) {
            case WHO -> someoneElse ? REFERRER : AGE;
            case REFERRER -> SURVIVOR_KNOWN;
            case SURVIVOR_KNOWN -> AGE;
            case CONTACT -> someoneElse ? ABOUT_YOU : SHARING;
            case ABOUT_YOU -> CHECK;
            default -> step + 1;
        };
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
            case WHO -> a.withSubject(FormChoices.enumOrNull(Subject.class, form.subject));
            case AGE -> a.withAgeAtHarm(FormChoices.enumOrNull(AgeBand.class, form.ageAtHarm));
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
                yield a.withAboutYou(FormChoices.enumOrNull(Sex.class, form.sex),
                        FormChoices.enumOrNull(Ethnicity.class, form.ethnicity), ward);
            }
            case REFERRER -> {
                ReferrerForm was = a.referrer();
                ToldBy who = FormChoices.enumOrNull(ToldBy.class, form.toldBy);
                ReferrerForm referrer = new ReferrerForm(who == ToldBy.SURVIVOR ? null : who, form.name, form.role,
                        form.organisation, form.contact, was == null ? null : was.survivorName(),
                        was == null ? null : was.survivorAge(), was == null ? null : was.survivorAgeBand(),
                        was == null ? null : was.survivorKnows());
                errors.addAll(referrer.problems("referrer"));
                yield a.withReferrer(referrer);
            }
            case SURVIVOR_KNOWN -> {
                ReferrerForm was = a.referrer() == null ? ReferrerForm.toldBy(null) : a.referrer();
                Integer age = null;
                if (form.survivorAge != null && !form.survivorAge.isBlank()) {
                    try {
                        age = Integer.valueOf(form.survivorAge.strip());
                    } catch (NumberFormatException notANumber) {
                        errors.add(new FieldError("referrer.survivorAge", "referrer_error_age"));
                    }
                }
                ReferrerForm referrer = new ReferrerForm(was.toldBy(), was.name(), was.role(), was.organisation(),
                        was.contact(), form.survivorName, age,
                        FormChoices.enumOrNull(SurvivorAgeBand.class, form.survivorAgeBand),
                        FormChoices.enumOrNull(SurvivorKnows.class, form.survivorKnows));
                // Who they are was asked on the step before; only this step's own answers are checked here.
                referrer.problems("referrer").stream().filter(e -> e.field().startsWith("referrer.survivor"))
                        .forEach(errors::add);
                yield a.withReferrer(referrer);
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
        if (error.field().startsWith("referrer.survivor")) {
            return SURVIVOR_KNOWN;
        }
        if (error.field().startsWith("referrer")) {
            return REFERRER;
        }
        return error.field().startsWith("contactPlan") ? CONTACT : WHAT_HAPPENED;
    }
}
