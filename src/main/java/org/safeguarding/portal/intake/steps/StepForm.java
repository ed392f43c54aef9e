package org.safeguarding.portal.intake.steps;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import org.safeguarding.portal.contact.ConsentDecision;
import org.safeguarding.portal.contact.ConsentPurpose;
import org.safeguarding.portal.contact.Consents;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.contact.SafeWindow;
import org.safeguarding.portal.intake.FormChoices;

/** Every field any intake step posts; a step reads only its own. Unknown fields are never bound. */
public class StepForm {

    @RestForm
    public String account;
    @RestForm
    public String subject;
    @RestForm
    public String ageAtHarm;
    @RestForm
    public String currentRisk;
    @RestForm
    public List<String> channels;
    @RestForm
    public String voicemail;
    @RestForm
    public String safeTimes;
    /** A safe number and a safe e-mail address, for the channels allowed (optional). */
    @RestForm
    public String phone;
    @RestForm
    public String email;
    /** When contact outside the portal is safe, as windows the hub can check. */
    @RestForm
    public List<String> safeWindows;
    @RestForm
    public String codeWord;
    @RestForm
    public String noContact;
    @RestForm("consent.POLICE")
    public String consentPolice;
    @RestForm("consent.HEALTH")
    public String consentHealth;
    @RestForm("consent.ISVA")
    public String consentIsva;
    @RestForm("consent.PARTNERS")
    public String consentPartners;
    @RestForm("consent.STATISTICS")
    public String consentStatistics;
    /** "About you": asked only to count who the service reaches. */
    @RestForm
    public String sex;
    @RestForm
    public String ethnicity;
    /** A ward's code, OUTSIDE_AREA or PREFER_NOT_TO_SAY. */
    @RestForm
    public String ward;
    /** Someone else telling us: who they are (a ToldBy other than SURVIVOR), and their details. */
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
    /** What they know of the survivor: a name, an age in years or a band, and whether the survivor knows. */
    @RestForm
    public String survivorName;
    @RestForm
    public String survivorAge;
    @RestForm
    public String survivorAgeBand;
    @RestForm
    public String survivorKnows;
    /** Present when the person pressed "Back": the step is saved, then the previous one shown. */
    @RestForm
    public String back;

    /** The contact-safety plan as posted (channels it does not know are ignored). */
    public ContactPlan contactPlan() {
        return new ContactPlan(FormChoices.chosen(ContactChannel.class, channels), yesNo(voicemail), safeTimes, codeWord,
                noContact != null, FormChoices.chosen(SafeWindow.class, safeWindows), phone, email);
    }

    /** The answers per purpose as posted; a purpose left blank stays unanswered. */
    public Consents consents() {
        Map<ConsentPurpose, ConsentDecision> answers = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            ConsentDecision decision = FormChoices.enumOrNull(ConsentDecision.class, consent(purpose));
            if (decision != null) {
                answers.put(purpose, decision);
            }
        }
        return Consents.of(answers);
    }

    static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }


    String consent(ConsentPurpose purpose) {
        return switch (purpose) {
            case POLICE -> consentPolice;
            case HEALTH -> consentHealth;
            case ISVA -> consentIsva;
            case PARTNERS -> consentPartners;
            case STATISTICS -> consentStatistics;
        };
    }
}
