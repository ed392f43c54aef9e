package org.safeguarding.portal.intake.hub;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.WorkingCalendar;
import org.safeguarding.portal.intake.FormChoices;
import org.safeguarding.portal.intake.HubRecording;
import org.safeguarding.portal.intake.ReceivedChannel;
import org.safeguarding.portal.intake.ReferralForm;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.intake.referrer.ReferrerForm;
import org.safeguarding.portal.intake.referrer.SurvivorAgeBand;
import org.safeguarding.portal.intake.referrer.SurvivorKnows;
import org.safeguarding.portal.intake.referrer.ToldBy;

/**
 * What the caseworker's "record a referral" form posts: how and when it reached us (a London date and time), who told
 * us, the referrer's details when someone else did, the account and the contact plan as given. Values it does not
 * know are ignored rather than stored; a date or an age it cannot read is an error to fix.
 */
public class HubReferralFields {

    /** The form's idempotency key, made when the page was first shown: a double click records one referral. */
    @RestForm
    public String key;
    @RestForm
    public String channel;
    @RestForm("receivedAt-day")
    public String day;
    @RestForm("receivedAt-month")
    public String month;
    @RestForm("receivedAt-year")
    public String year;
    @RestForm
    public String time;
    @RestForm
    public String toldBy;
    @RestForm
    public String name;
    @RestForm
    public String role;
    @RestForm
    public String organisation;
    @RestForm
    public String contact;
    @RestForm
    public String survivorName;
    @RestForm
    public String survivorAge;
    @RestForm
    public String survivorAgeBand;
    @RestForm
    public String survivorKnows;
    @RestForm
    public String account;
    @RestForm
    public String currentRisk;
    @RestForm
    public List<String> channels;
    @RestForm
    public String noContact;
    @RestForm
    public String phone;
    @RestForm
    public String email;
    @RestForm
    public String safeTimes;
    @RestForm
    public String codeWord;

    /** The date and time as typed, in London, or null when they cannot be read (an error on the page). */
    Instant receivedAt() {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
            LocalTime at = LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip() : time.strip());
            return date.atTime(at).atZone(WorkingCalendar.LONDON).toInstant();
        } catch (NullPointerException | NumberFormatException | DateTimeException unreadable) {
            return null;
        }
    }

    HubRecording recording() {
        return new HubRecording(FormChoices.enumOrNull(ReceivedChannel.class, channel), receivedAt());
    }

    ToldBy whoToldUs() {
        return FormChoices.enumOrNull(ToldBy.class, toldBy);
    }

    /** Problems only the page can have: an age that is not a number. */
    List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (blank(survivorAge) == null) {
            return problems;
        }
        try {
            Integer.parseInt(survivorAge.strip());
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldError("referrer.survivorAge", "referrer_error_age"));
        }
        return problems;
    }

    /** The referral as told: the survivor's own account, or someone else's with the referrer's details. */
    ReferralForm referral() {
        ToldBy who = whoToldUs();
        boolean someoneElse = who != null && who.isSomeoneElse();
        ReferrerForm referrer = who == null ? null : someoneElse
                ? new ReferrerForm(who, name, role, organisation, contact, survivorName, age(),
                        FormChoices.enumOrNull(SurvivorAgeBand.class, survivorAgeBand),
                        FormChoices.enumOrNull(SurvivorKnows.class, survivorKnows))
                : ReferrerForm.toldBy(who);
        return new ReferralForm(blank(account), someoneElse ? Subject.SOMEONE_ELSE : who == null ? null : Subject.SELF,
                null, "yes".equals(currentRisk) ? Boolean.TRUE : "no".equals(currentRisk) ? Boolean.FALSE : null,
                contactPlan(), Consents.NONE, null, null, null, referrer);
    }

    private ContactPlan contactPlan() {
        return new ContactPlan(FormChoices.chosen(ContactChannel.class, channels), null, blank(safeTimes),
                blank(codeWord), noContact != null, Set.of(), blank(phone), blank(email));
    }

    private Integer age() {
        try {
            return blank(survivorAge) == null ? null : Integer.valueOf(survivorAge.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
