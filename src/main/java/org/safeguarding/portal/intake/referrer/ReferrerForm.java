package org.safeguarding.portal.intake.referrer;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.portal.core.FieldError;

/**
 * Who is telling us and, when it is someone else, what they tell us of themselves (name, role, organisation and a
 * safe way to reach them) and of the survivor (a name if known, an age or age band, whether the survivor knows).
 * Every answer but {@code toldBy} is optional: a referrer may not know, and a survivor's own account needs none of it.
 * How to reach the survivor safely is the submission's contact plan, kept as the referrer's view.
 */
public record ReferrerForm(ToldBy toldBy, String name, String role, String organisation, String contact,
        String survivorName, Integer survivorAge, SurvivorAgeBand survivorAgeBand, SurvivorKnows survivorKnows) {

    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_CONTACT_TEXT = 1_000;
    /** Referrals reach the hub about children and adults; an age outside this is a typing slip. */
    public static final int MAX_AGE = 120;

    /** Who is telling us and nothing more: the survivor themselves, or no answer yet ({@code toldBy} null). */
    public static ReferrerForm toldBy(ToldBy who) {
        return new ReferrerForm(who, null, null, null, null, null, null, null, null);
    }

    public ReferrerForm {
        name = blankToNull(name);
        role = blankToNull(role);
        organisation = blankToNull(organisation);
        contact = blankToNull(contact);
        survivorName = blankToNull(survivorName);
    }

    /** Whether the case opens as someone else's referral (and so belongs to the survivor, not to who sent it). */
    public boolean fromSomeoneElse() {
        return toldBy != null && toldBy.isSomeoneElse();
    }

    /** Problems a person can fix, as message keys of {@code ReferrerMsg}; never the text itself. */
    public List<FieldError> problems(String prefix) {
        List<FieldError> problems = new ArrayList<>();
        if (toldBy == null) {
            problems.add(new FieldError(prefix + ".toldBy", "referrer_error_told_by"));
        }
        tooLong(problems, prefix + ".name", name, MAX_SHORT_TEXT);
        tooLong(problems, prefix + ".role", role, MAX_SHORT_TEXT);
        tooLong(problems, prefix + ".organisation", organisation, MAX_SHORT_TEXT);
        tooLong(problems, prefix + ".contact", contact, MAX_CONTACT_TEXT);
        tooLong(problems, prefix + ".survivorName", survivorName, MAX_SHORT_TEXT);
        if (survivorAge != null && (survivorAge < 0 || survivorAge > MAX_AGE)) {
            problems.add(new FieldError(prefix + ".survivorAge", "referrer_error_age"));
        }
        if (toldBy == ToldBy.SURVIVOR && (name != null || role != null || organisation != null || contact != null
                || survivorName != null || survivorAge != null || survivorAgeBand != null || survivorKnows != null)) {
            // A survivor telling us themselves has no referrer: details here would be kept beside the wrong person.
            problems.add(new FieldError(prefix + ".toldBy", "referrer_error_details_for_self"));
        }
        return problems;
    }

    private static void tooLong(List<FieldError> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(new FieldError(field, "referrer_error_too_long"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
