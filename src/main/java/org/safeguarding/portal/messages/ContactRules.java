package org.safeguarding.portal.messages;

import org.safeguarding.portal.contact.ContactPlanView;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.contact.ContactChannel;

import java.time.Instant;
import java.util.Optional;


/**
 * When the hub may contact a survivor, and how: the contact-safety plan and the case's status decide. Inside the
 * portal is always safe except while the survivor has paused the case (they asked for a break from us). Outside it,
 * only a channel the plan allows, in one of the safe windows it names (London time), and never while the case is
 * paused or marked do-not-contact.
 */
final class ContactRules {

    private ContactRules() {
    }

    /** Empty if the contact is allowed at this moment; otherwise the message key saying why not. */
    static Optional<String> refusal(CaseStatus status, ContactPlanView plan, ContactChannel channel, Instant at) {
        if (status == CaseStatus.PAUSED_BY_SURVIVOR) {
            return Optional.of("contact_refused_paused");
        }
        if (channel == ContactChannel.PORTAL) {
            return Optional.empty();
        }
        // The survivor asked the hub to stop acting: what must still reach them (a decision they asked for) goes in
        // the portal, where they look when they choose to.
        if (status == CaseStatus.WITHDRAWN) {
            return Optional.of("contact_refused_withdrawn");
        }
        if (status == CaseStatus.DO_NOT_CONTACT) {
            return Optional.of("contact_refused_do_not_contact");
        }
        if (plan == null || plan.noContact()) {
            return Optional.of("contact_refused_no_contact");
        }
        if (!plan.channels().contains(channel)) {
            return Optional.of("contact_refused_channel");
        }
        // Without a moment (at == null) the question is only whether the plan allows the channel at all.
        if (at != null && !plan.safeWindows().isEmpty()
                && plan.safeWindows().stream().noneMatch(window -> window.contains(at))) {
            return Optional.of("contact_refused_time");
        }
        return Optional.empty();
    }
}
