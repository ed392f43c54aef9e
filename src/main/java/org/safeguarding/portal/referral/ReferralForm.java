package org.safeguarding.portal.referral;

import java.util.ArrayList;
import java.util.List;

import org.safeguarding.portal.web.FieldError;

/**
 * An account as a survivor sends it, from the page or the API. The first slice asks only for the account; the
 * multi-step intake adds the rest.
 */
public record ReferralForm(String account) {

    /** A clear limit the page states up front; longer accounts can be continued as additions. */
    public static final int MAX_ACCOUNT_LENGTH = 20_000;

    /** Problems a person can fix, as message keys: never the submitted text itself. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (account == null || account.isBlank()) {
            problems.add(new FieldError("account", "error_account_required"));
        } else if (account.length() > MAX_ACCOUNT_LENGTH) {
            problems.add(new FieldError("account", "error_account_too_long"));
        }
        return problems;
    }
}
