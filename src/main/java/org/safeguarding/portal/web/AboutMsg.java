package org.safeguarding.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the intake's "About you" step (sex, ethnic group, the area they live in) and of its answers, in
 * {@code messages/about.properties}; templates use {@code {about:key}}. Its own bundle for the reason given on
 * {@link StaffMsg}: {@code msg} is close to what the Qute build can generate.
 */
@MessageBundle(value = "about", locale = "en")
public interface AboutMsg {

    @Message
    String about_heading();

    @Message
    String about_why();

    @Message
    String about_optional();

    @Message
    String sex_legend();

    @Message
    String answer_sex_FEMALE();

    @Message
    String answer_sex_MALE();

    @Message
    String answer_sex_PREFER_NOT_TO_SAY();

    @Message
    String ethnicity_legend();

    @Message
    String ethnicity_hint();

    @Message
    String answer_ethnicity_ASIAN();

    @Message
    String answer_ethnicity_BLACK();

    @Message
    String answer_ethnicity_MIXED();

    @Message
    String answer_ethnicity_WHITE();

    @Message
    String answer_ethnicity_OTHER();

    @Message
    String answer_ethnicity_PREFER_NOT_TO_SAY();

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

    @Message
    String about_error_ward_unknown();
}
