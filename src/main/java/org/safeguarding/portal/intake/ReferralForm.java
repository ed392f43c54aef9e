package org.safeguarding.portal.intake;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.intake.referrer.ReferrerForm;
import org.safeguarding.portal.intake.referrer.ToldBy;

/**
 * An account as a survivor sends it, from the pages or the API. Every answer is optional (null is "not answered"
 * or "I'd rather not say") except one: the contact plan must name a safe way to reach them, or say not to. The
 * "About you" answers (sex, ethnicity, ward) are only ever counted: null is "not answered", PREFER_NOT_TO_SAY is
 * kept as said; {@code ward} is a code from {@link org.safeguarding.portal.area.AreaCatalogue}, OUTSIDE_AREA or
 * PREFER_NOT_TO_SAY. {@code referrer} says who is telling us (intake/referrer): someone else's referral opens a case
 * that belongs to the survivor, its contact plan kept as the referrer's view and its consents left for the survivor.
 */
public record ReferralForm(String account, Subject subject, AgeBand ageAtHarm, Boolean currentRisk,
        ContactPlan contactPlan, Consents consents, Sex sex, Ethnicity ethnicity, String ward, ReferrerForm referrer) {

    /** A clear limit the page states up front; longer accounts can be continued as additions. */
    public static final int MAX_ACCOUNT_LENGTH = 20_000;

    public ReferralForm {
        account = account == null || account.isBlank() ? null : account;
        consents = consents == null ? Consents.NONE : consents;
        ward = ward == null || ward.isBlank() ? null : ward;
        if (subject == null && referrer != null && referrer.fromSomeoneElse()) {
            subject = Subject.SOMEONE_ELSE;
        }
    }

    /** Whether someone other than the survivor sent it: then the case is the survivor's, not the sender's. */
    public boolean fromSomeoneElse() {
        return referrer != null && referrer.fromSomeoneElse();
    }

    /**
     * Who told us: as the form says; a survivor's own account when it says nothing and is about the sender; unknown
     * (null) for an account about someone else sent without saying who is telling us.
     */
    public ToldBy toldBy() {
        if (referrer != null && referrer.toldBy() != null) {
            return referrer.toldBy();
        }
        return subject == Subject.SOMEONE_ELSE ? null : ToldBy.SURVIVOR;
    }

    /** Problems a person can fix, as message keys: never the submitted text itself. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (account != null && account.length() > MAX_ACCOUNT_LENGTH) {
            problems.add(new FieldError("account", "error_account_too_long"));
        }
        if (contactPlan == null) {
            problems.add(new FieldError("contactPlan.channels", "error_contact_required"));
        } else {
            problems.addAll(contactPlan.problems("contactPlan"));
        }
        if (referrer != null) {
            problems.addAll(referrer.problems("referrer"));
        }
        if (fromSomeoneElse() && subject == Subject.SELF) {
            problems.add(new FieldError("subject", "referrer_error_subject_self"));
        }
        if (fromSomeoneElse() && !consents.answered().isEmpty()) {
            // Consents are the survivor's to give: a referrer's answers would be taken for theirs.
            problems.add(new FieldError("consents", "referrer_error_consents"));
        }
        return problems;
    }
}
