package org.safeguarding.portal.contact;

import java.util.List;
import java.util.Map;

/** The plan and consents in force, and their whole history, newest first. */
public record PreferencesView(ContactPlanView contactPlan, Map<ConsentPurpose, ConsentView> consents,
        List<ConsentChange> consentHistory, List<ContactPlanView> contactPlanHistory) {
}
