package org.safeguarding.portal.intake.referrer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Someone else's referral on the caseworker's record, the survivor's invitation code and taking the case over, signed
 * in or with a receipt code. In {@code messages/invitation.properties} (with {@code _cy}, {@code _ur} and {@code _pl});
 * templates use {@code {invitation:key}}.
 */
@MessageBundle(value = "invitation", locale = "en")
public interface InvitationMsg {

    @Message
    String invitation_title_staff_issued(String reference);

    @Message
    String invitation_title_survivor_enter();

    @Message
    String invitation_title_survivor_enter_receipt();

    @Message
    String invitation_title_survivor_taken();

    @Message
    String invitation_title_survivor_receipt();

    @Message
    String invitation_record_heading();

    @Message
    String invitation_record_intro();

    @Message
    String invitation_record_told_by();

    @Message
    String invitation_told_by(ToldBy toldBy);

    @Message
    String invitation_record_name();

    @Message
    String invitation_record_role();

    @Message
    String invitation_record_organisation();

    @Message
    String invitation_record_contact();

    @Message
    String invitation_record_survivor_name();

    @Message
    String invitation_record_survivor_age();

    @Message
    String invitation_age_band(SurvivorAgeBand band);

    @Message
    String invitation_record_survivor_knows();

    @Message
    String invitation_knows(SurvivorKnows knows);

    @Message
    String invitation_record_not_given();

    @Message
    String invitation_record_referrers_view();

    @Message
    String invitation_record_state_heading();

    @Message
    String invitation_record_state_none();

    @Message
    String invitation_record_state_outstanding(String madeAt, String expiresAt);

    @Message
    String invitation_record_state_expired(String madeAt, String expiresAt);

    @Message
    String invitation_record_state_accepted();

    @Message
    String invitation_record_state_accepted_at(String acceptedAt);

    @Message
    String invitation_make_button();

    @Message
    String invitation_issued_heading();

    @Message
    String invitation_issued_once();

    @Message
    String invitation_issued_expires(String expiresAt);

    @Message
    String invitation_issued_handover();

    @Message
    String invitation_issued_how();

    @Message
    String invitation_issued_back();

    @Message
    String invitation_link();

    @Message
    String invitation_link_receipt();

    @Message
    String invitation_enter_heading();

    @Message
    String invitation_enter_intro();

    @Message
    String invitation_enter_receipt_intro();

    @Message
    String invitation_enter_hint();

    @Message
    String invitation_enter_button();

    @Message
    String invitation_error_code();

    @Message
    String invitation_error_too_many();

    @Message
    String invitation_taken_heading();

    @Message
    String invitation_taken_reference(String reference);

    @Message
    String invitation_taken_next();

    @Message
    String invitation_taken_plan();

    @Message
    String invitation_taken_consents();

    @Message
    String invitation_taken_case();

    @Message
    String invitation_receipt_heading();

    @Message
    String invitation_receipt_intro();

    @Message
    String invitation_receipt_continue();

    @Message
    String invitation_plan_referrers_view();
}
