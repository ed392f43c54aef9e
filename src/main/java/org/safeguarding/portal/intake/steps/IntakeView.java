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
import org.safeguarding.portal.intake.referrer.ReferrerForm;
import org.safeguarding.portal.intake.referrer.SurvivorAgeBand;
import org.safeguarding.portal.intake.referrer.SurvivorKnows;
import org.safeguarding.portal.intake.referrer.ToldBy;

/**
 * What an intake page shows: the step, the answers so far (as the form's selected values and texts), the errors,
 * and for "check your answers" the rows of the summary.
 */
public record IntakeView(int step, int questions, List<FieldError> errors, Map<String, Set<String>> selected,
        Map<String, String> texts, List<SummaryRow> summary, int maxLength, AreaCatalogue.Borough area,
        boolean someoneElse) {

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

        /** A row about someone else telling us: its words are in the hub's bundle (intake/hub/HubRecordsMsg). */
        public boolean isHub() {
            return "hubrecords".equals(bundle);
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
        ReferrerForm referrer = a.referrer();
        if (referrer != null) {
            select(selected, "toldBy", referrer.toldBy());
            select(selected, "survivorAgeBand", referrer.survivorAgeBand());
            select(selected, "survivorKnows", referrer.survivorKnows());
            texts.put("name", orEmpty(referrer.name()));
            texts.put("role", orEmpty(referrer.role()));
            texts.put("organisation", orEmpty(referrer.organisation()));
            texts.put("contact", orEmpty(referrer.contact()));
            texts.put("survivorName", orEmpty(referrer.survivorName()));
            texts.put("survivorAge", referrer.survivorAge() == null ? "" : referrer.survivorAge().toString());
        }
        return new IntakeView(step, IntakeSteps.QUESTIONS, errors, selected, texts, summaryOf(a, areas),
                ReferralForm.MAX_ACCOUNT_LENGTH, areas == null ? null : areas.borough(), a.fromSomeoneElse());
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

    /** A referrer's own steps (who they are, what they know of the survivor): not counted as "Question n of 7". */
    public boolean isReferrerStep() {
        return step > IntakeSteps.QUESTIONS;
    }

    /** Who may be telling us about someone else: everyone but the survivor. */
    public List<String> referrerKinds() {
        return names(ToldBy.values()).stream().filter(name -> !name.equals(ToldBy.SURVIVOR.name())).toList();
    }

    public List<String> survivorAgeBands() {
        return names(SurvivorAgeBand.values());
    }

    public List<String> survivorKnowsAnswers() {
        return names(SurvivorKnows.values());
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
        if (a.fromSomeoneElse()) {
            // Someone else telling us: who they are and what they know; no consents, those are the survivor's.
            rows.addAll(referrerRows(a.referrer()));
        } else {
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                var decision = a.consents() == null ? null : a.consents().answered().get(purpose);
                rows.add(row(Messages.key("consent", purpose), "answer_consent", decision, IntakeSteps.SHARING));
            }
        }
        rows.add(aboutRow("check_sex", a.sex() == null ? null : Messages.key("answer_sex", a.sex()), ""));
        rows.add(aboutRow("check_ethnicity", a.ethnicity() == null ? null
                : Messages.key("answer_ethnicity", a.ethnicity()), ""));
        rows.add(areaRow(a.ward(), areas));
        return rows;
    }

    private static List<SummaryRow> referrerRows(ReferrerForm r) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(hubRow("check_told_by", List.of(Messages.key("told_by", r.toldBy())), "", IntakeSteps.REFERRER));
        rows.add(hubText("check_referrer_name", r.name(), IntakeSteps.REFERRER));
        rows.add(hubText("check_referrer_role", r.role(), IntakeSteps.REFERRER));
        rows.add(hubText("check_referrer_organisation", r.organisation(), IntakeSteps.REFERRER));
        rows.add(hubText("check_referrer_contact", r.contact(), IntakeSteps.REFERRER));
        rows.add(hubText("check_survivor_name", r.survivorName(), IntakeSteps.SURVIVOR_KNOWN));
        rows.add(hubText("check_survivor_age", r.survivorAge() == null ? null : r.survivorAge().toString(),
                IntakeSteps.SURVIVOR_KNOWN));
        rows.add(hubRow("check_survivor_age_band", List.of(r.survivorAgeBand() == null ? "check_not_given"
                : Messages.key("age_band", r.survivorAgeBand())), "", IntakeSteps.SURVIVOR_KNOWN));
        rows.add(hubRow("check_survivor_knows", List.of(r.survivorKnows() == null ? "check_not_given"
                : Messages.key("knows", r.survivorKnows())), "", IntakeSteps.SURVIVOR_KNOWN));
        return rows;
    }

    private static SummaryRow hubText(String labelKey, String text, int step) {
        return text == null ? hubRow(labelKey, List.of("check_not_given"), "", step) : hubRow(labelKey, List.of(), text,
                step);
    }

    private static SummaryRow hubRow(String labelKey, List<String> valueKeys, String text, int step) {
        return new SummaryRow(labelKey, valueKeys, text, step, "hubrecords");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
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
