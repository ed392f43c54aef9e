package org.safeguarding.portal.intake;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.core.FieldError;

/**
 * An account as a survivor sends it, from the pages or the API. Every answer is optional (null is "not answered"
 * or "I'd rather not say") except one: the contact plan must name a safe way to reach them, or say not to. The
 * "About you" answers (sex, ethnicity, ward) are only ever counted: null is "not answered", PREFER_NOT_TO_SAY is
 * kept as said; {@code ward} is a code from {@link org.safeguarding.portal.area.AreaCatalogue}, OUTSIDE_AREA or
 * PREFER_NOT_TO_SAY.
 */
public record ReferralForm(String account, Subject subject, AgeBand ageAtHarm, Boolean currentRisk,
        ContactPlan contactPlan, Consents consents, Sex sex, Ethnicity ethnicity, String ward) {

    /** A clear limit the page states up front; longer accounts can be continued as additions. */
    public static final int MAX_ACCOUNT_LENGTH = 20_000;

    public ReferralForm {
        account = account == null || account.isBlank() ? null : account;
        consents = consents == null ? Consents.NONE : consents;
        ward = ward == null || ward.isBlank() ? null : ward;
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
        return problems;
    }
}
