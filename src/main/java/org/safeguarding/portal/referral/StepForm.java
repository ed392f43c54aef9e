package org.safeguarding.portal.referral;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

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
    /** Present when the person pressed "Back": the step is saved, then the previous one shown. */
    @RestForm
    public String back;

    String consent(org.safeguarding.portal.casework.ConsentPurpose purpose) {
        return switch (purpose) {
            case POLICE -> consentPolice;
            case HEALTH -> consentHealth;
            case ISVA -> consentIsva;
            case PARTNERS -> consentPartners;
            case STATISTICS -> consentStatistics;
        };
    }
}
