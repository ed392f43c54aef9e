package org.safeguarding.portal.intake.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguarding.portal.intake.AgeBand;
import org.safeguarding.portal.intake.Ethnicity;
import org.safeguarding.portal.intake.ReferralForm;
import org.safeguarding.portal.intake.Sex;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.area.AreaCatalogue;
import org.safeguarding.portal.contact.ConsentPurpose;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Messages;

/**
 * What an intake page shows: the step, the answers so far (as the form's selected values and texts), the errors,
 * and for "check your answers" the rows of the summary.
 */
public record IntakeView(int step, int questions, List<FieldError> errors, Map<String, Set<String>> selected,
        Map<String, String> texts, List<SummaryRow> summary, int maxLength, AreaCatalogue.Borough area) {

    /**
     * One row of "check your answers": the question, the answer as message keys or the person's own text (or, for
     * the area, its name from the areas file), all in the intake bundle; {@code about} marks the "About you" rows
     * (the page gives their answers an id).
     */
    public record SummaryRow(String labelKey, List<String> valueKeys, String text, int step, String bundle) {
        SummaryRow(String labelKey, List<String> valueKeys, String text, int step) {
            this(labelKey, valueKeys, text, step, "intake");
        }

        public boolean isAbout() {
            return "about".equals(bundle);
        }
    }

    /** A page that shows no "About you" question (the case pages' contact plan and consents). */
    public static IntakeView of(int step, DraftAnswers a, List<FieldError> errors) {
        return of(step, a, errors, null);
    }

    /** An intake page; {@code areas} lists the wards the "About you" step offers and names the chosen one. */
    public static IntakeView of(int step, DraftAnswers a, List<FieldError> errors, AreaCatalogue areas) {
        Map<String, Set<String>> selected = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        texts.put("account", a.account() == null ? "" : a.account());
        select(selected, "subject", a.subject());
        select(selected, "ageAtHarm", a.ageAtHarm());
        select(selected, "currentRisk", a.currentRisk() == null ? null : a.currentRisk() ? "yes" : "no");
        ContactPlan plan = a.contactPlan();
        if (plan != null) {
            plan.channels().forEach(channel -> select(selected, "channels", channel));
            plan.safeWindows().forEach(window -> select(selected, "safeWindows", window));
            select(selected, "voicemail", plan.voicemail() == null ? null : plan.voicemail() ? "yes" : "no");
            select(selected, "noContact", plan.noContact() ? "true" : null);
            texts.put("safeTimes", plan.safeTimes() == null ? "" : plan.safeTimes());
            texts.put("codeWord", plan.codeWord() == null ? "" : plan.codeWord());
            texts.put("phone", plan.phone() == null ? "" : plan.phone());
            texts.put("email", plan.email() == null ? "" : plan.email());
        }
        if (a.consents() != null) {
            a.consents().answered().forEach((purpose, decision) -> select(selected, "consent." + purpose, decision));
        }
        select(selected, "sex", a.sex());
        select(selected, "ethnicity", a.ethnicity());
        select(selected, "ward", a.ward());
        return new IntakeView(step, IntakeSteps.QUESTIONS, errors, selected, texts, summaryOf(a, areas),
                ReferralForm.MAX_ACCOUNT_LENGTH, areas == null ? null : areas.borough());
    }

    public boolean is(String field, String value) {
        return selected.getOrDefault(field, Set.of()).contains(value);
    }

    public String text(String field) {
        return texts.getOrDefault(field, "");
    }

    public boolean hasError(String fieldPrefix) {
        return errors.stream().anyMatch(e -> e.field().startsWith(fieldPrefix));
    }

    /** Which step to fix an error on, for the links in the error summary of "check your answers". */
    public int stepOf(FieldError error) {
        return IntakeSteps.stepOf(error);
    }

    public boolean isFirst() {
        return step == 1;
    }

    public boolean isConsent(String purpose, String value) {
        return is("consent." + purpose, value);
    }

    /** A message key made of a prefix and an answer's name. */
    public String key(String prefix, String value) {
        return prefix + value;
    }

    public List<String> subjects() {
        return names(Subject.values());
    }

    public List<String> ageBands() {
        return names(AgeBand.values());
    }

    public List<String> yesNo() {
        return List.of("yes", "no");
    }

    public List<String> decisions() {
        return names(org.safeguarding.portal.contact.ConsentDecision.values());
    }

    public List<String> channels() {
        return names(ContactChannel.values());
    }

    public List<String> safeWindows() {
        return names(org.safeguarding.portal.contact.SafeWindow.values());
    }

    public List<String> purposes() {
        return names(ConsentPurpose.values());
    }

    public List<String> sexes() {
        return names(Sex.values());
    }

    public List<String> ethnicities() {
        return names(Ethnicity.values());
    }

    public String outsideArea() {
        return AreaCatalogue.OUTSIDE_AREA;
    }

    public String preferNotToSay() {
        return AreaCatalogue.PREFER_NOT_TO_SAY;
    }

    private static List<SummaryRow> summaryOf(DraftAnswers a, AreaCatalogue areas) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("check_account", a.account() == null ? List.of("answer_none") : List.of(),
                a.account() == null ? "" : a.account(), IntakeSteps.WHAT_HAPPENED));
        rows.add(row("check_subject", "answer_subject", a.subject(), IntakeSteps.WHO));
        rows.add(row("check_age", "answer_age", a.ageAtHarm(), IntakeSteps.AGE));
        rows.add(row("check_risk", "answer_risk",
                a.currentRisk() == null ? null : a.currentRisk() ? "yes" : "no", IntakeSteps.RISK_NOW));
        ContactPlan plan = a.contactPlan();
        List<String> contact = new ArrayList<>();
        StringBuilder contactText = new StringBuilder();
        if (plan == null) {
            contact.add("answer_none");
        } else if (plan.noContact()) {
            contact.add("answer_no_contact");
        } else {
            plan.channels().forEach(channel -> contact.add(Messages.key("channel", channel)));
            if (plan.voicemail() != null) {
                contact.add(plan.voicemail() ? "answer_voicemail_yes" : "answer_voicemail_no");
            }
            plan.safeWindows().forEach(window -> contact.add(Messages.key("safe_window", window)));
            if (plan.safeTimes() != null) {
                contactText.append(plan.safeTimes());
            }
        }
        rows.add(new SummaryRow("check_contact", contact, contactText.toString(), IntakeSteps.CONTACT));
        if (plan != null && plan.codeWord() != null) {
            rows.add(new SummaryRow("check_code_word", List.of(), plan.codeWord(), IntakeSteps.CONTACT));
        }
        if (plan != null && plan.phone() != null) {
            rows.add(new SummaryRow("check_phone", List.of(), plan.phone(), IntakeSteps.CONTACT));
        }
        if (plan != null && plan.email() != null) {
            rows.add(new SummaryRow("check_email", List.of(), plan.email(), IntakeSteps.CONTACT));
        }
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            var decision = a.consents() == null ? null : a.consents().answered().get(purpose);
            rows.add(row(Messages.key("consent", purpose), "answer_consent", decision, IntakeSteps.SHARING));
        }
        rows.add(aboutRow("check_sex", a.sex() == null ? null : Messages.key("answer_sex", a.sex()), ""));
        rows.add(aboutRow("check_ethnicity", a.ethnicity() == null ? null
                : Messages.key("answer_ethnicity", a.ethnicity()), ""));
        rows.add(areaRow(a.ward(), areas));
        return rows;
    }

    private static SummaryRow areaRow(String ward, AreaCatalogue areas) {
        if (ward == null || AreaCatalogue.OUTSIDE_AREA.equals(ward) || AreaCatalogue.PREFER_NOT_TO_SAY.equals(ward)) {
            return aboutRow("check_area", ward == null ? null : "answer_area_" + ward, "");
        }
        // A ward's own name, from the council's areas file (not a message: the council names its wards).
        String name = areas == null ? ward : areas.ward(ward).map(w -> w.name() + areas.localityOfWard(ward)
                .map(l -> ", " + l.name()).orElse("")).orElse(ward);
        return new SummaryRow("check_area", List.of(), name, IntakeSteps.ABOUT_YOU, "about");
    }

    private static SummaryRow aboutRow(String labelKey, String valueKey, String text) {
        return new SummaryRow(labelKey, List.of(valueKey == null ? "answer_not_answered" : valueKey), text,
                IntakeSteps.ABOUT_YOU, "about");
    }

    /** An answer's words: {@code message} with the enum constant chosen, or with yes or no. */
    private static SummaryRow row(String labelKey, String message, Object answer, int step) {
        String valueKey = answer == null ? "answer_none"
                : answer instanceof Enum<?> constant ? Messages.key(message, constant) : message + "_" + answer;
        return new SummaryRow(labelKey, List.of(valueKey), "", step);
    }

    private static void select(Map<String, Set<String>> selected, String field, Object value) {
        if (value != null) {
            selected.computeIfAbsent(field, f -> new HashSet<>()).add(value.toString());
        }
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
