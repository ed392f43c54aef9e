package org.safeguarding.portal.intake;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.contact.ConsentDecision;
import org.safeguarding.portal.contact.ConsentPurpose;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.SafeWindow;

/**
 * The survivor's "tell us" journey: each step's questions and answers ("About you" included), check your answers,
 * and the same answers when a case shows them again. The answers chosen from a list are keyed by their enum
 * constant; the check-your-answers rows and the radios name those keys at run time.
 * <p>In {@code messages/intake.properties}; templates use {@code {intake:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "intake", locale = "en")
public interface IntakeMsg {

    @Message
    String tell_us_heading();

    @Message
    String tell_us_hint(int maxLength);

    @Message
    String tell_us_content_warning();

    @Message
    String tell_us_send();

    @Message
    String intake_progress(int step, int total);

    @Message
    String intake_back();

    @Message
    String intake_or();

    @Message
    String intake_who_heading();

    /** Who it happened to: {@code answer_subject_$<CONSTANT>}; Qute puts {@code _$} between the method and the constant when a constant has an underscore. */
    @Message
    String answer_subject(Subject subject);

    @Message
    String answer_rather_not_say();

    @Message
    String intake_age_heading();

    @Message
    String intake_age_hint();

    @Message
    String answer_age(AgeBand ageBand);

    @Message
    String intake_risk_warning();

    @Message
    String intake_risk_heading();

    @Message
    String intake_risk_hint();

    @Message
    String intake_contact_heading();

    @Message
    String intake_contact_hint();

    /** A way to contact the survivor: {@code channel_<CONSTANT>}. */
    @Message
    String channel(ContactChannel contactChannel);

    @Message
    String answer_no_contact();

    @Message
    String intake_voicemail_heading();

    @Message
    String intake_safe_times();

    @Message
    String intake_safe_times_hint();

    @Message
    String intake_code_word();

    @Message
    String intake_code_word_hint();

    @Message
    String intake_sharing_heading();

    @Message
    String intake_sharing_intro();

    @Message
    String consent(ConsentPurpose consentPurpose);

    @Message
    String answer_consent(ConsentDecision consentDecision);

    @Message
    String intake_saved_notice(String until);

    @Message
    String intake_continue();

    @Message
    String intake_delete();

    @Message
    String check_heading();

    @Message
    String check_change();

    @Message
    String check_send_intro();

    @Message
    String check_account();

    @Message
    String check_subject();

    @Message
    String check_age();

    @Message
    String check_risk();

    @Message
    String check_contact();

    @Message
    String check_code_word();

    @Message
    String answer_none();

    @Message
    String answer_voicemail_yes();

    @Message
    String answer_voicemail_no();

    @Message
    String intake_safe_windows();

    @Message
    String intake_safe_windows_hint();

    @Message
    String safe_window(SafeWindow safeWindow);

    @Message
    String intake_phone();

    @Message
    String intake_phone_hint();

    @Message
    String intake_email();

    @Message
    String intake_email_hint();

    @Message
    String check_phone();

    @Message
    String check_email();

    @Message
    String about_heading();

    @Message
    String about_why();

    @Message
    String about_optional();

    @Message
    String sex_legend();

    @Message
    String answer_sex(Sex sex);

    @Message
    String ethnicity_legend();

    @Message
    String ethnicity_hint();

    @Message
    String answer_ethnicity(Ethnicity ethnicity);

    @Message
    String area_label();

    @Message
    String area_hint();

    @Message
    String area_not_chosen();

    @Message
    String area_outside(String borough);

    @Message
    String area_other_answers();

    @Message
    String answer_area_OUTSIDE_AREA();

    @Message
    String answer_area_PREFER_NOT_TO_SAY();

    @Message
    String answer_not_answered();

    @Message
    String check_sex();

    @Message
    String check_ethnicity();

    @Message
    String check_area();
}
