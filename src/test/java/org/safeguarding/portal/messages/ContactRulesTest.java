package org.safeguarding.portal.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.ContactPlanView;

/** A withdrawn case: the survivor asked the hub to stop, so only the portal (where they look when they choose) is open. */
class ContactRulesTest {

    @Test
    void aWithdrawnCaseIsReachedInThePortalOnly() {
        ContactPlanView plan = new ContactPlanView(List.of(ContactChannel.PORTAL, ContactChannel.EMAIL), null, null,
                null, false, Instant.parse("2026-01-01T00:00:00Z"), List.of(), null, "someone@example.invalid", false);
        Instant now = Instant.parse("2026-06-01T10:00:00Z");
        assertEquals(Optional.empty(), ContactRules.refusal(CaseStatus.ACTIVE, plan, ContactChannel.EMAIL, now));
        assertEquals(Optional.of("contact_refused_withdrawn"),
                ContactRules.refusal(CaseStatus.WITHDRAWN, plan, ContactChannel.EMAIL, now));
        assertEquals(Optional.empty(), ContactRules.refusal(CaseStatus.WITHDRAWN, plan, ContactChannel.PORTAL, now));
    }
}
