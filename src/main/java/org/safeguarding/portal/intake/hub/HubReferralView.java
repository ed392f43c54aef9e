package org.safeguarding.portal.intake.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.intake.ReceivedChannel;
import org.safeguarding.portal.intake.referrer.SurvivorAgeBand;
import org.safeguarding.portal.intake.referrer.SurvivorKnows;
import org.safeguarding.portal.intake.referrer.ToldBy;

/** The caseworker's "record a referral" form: what was typed (kept on an error), the errors, and the choices. */
public record HubReferralView(HubReferralFields f, ShownErrors errors) {

    public List<String> receivedChannels() {
        return names(ReceivedChannel.values());
    }

    public List<String> toldBys() {
        return names(ToldBy.values());
    }

    public List<String> ageBands() {
        return names(SurvivorAgeBand.values());
    }

    public List<String> knows() {
        return names(SurvivorKnows.values());
    }

    public List<String> contactChannels() {
        return names(ContactChannel.values());
    }

    public List<String> yesNo() {
        return List.of("yes", "no");
    }

    public Set<String> chosenChannels() {
        return f.channels == null ? Set.of() : Set.copyOf(f.channels);
    }

    public Set<String> noContact() {
        return f.noContact == null ? Set.of() : Set.of("true");
    }

    /** A typed text for the form's value, never null. */
    public String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
