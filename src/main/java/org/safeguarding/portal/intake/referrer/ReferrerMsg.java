package org.safeguarding.portal.intake.referrer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Referrals from someone else: who told us, the referrer's details, what they know of the survivor, and the
 * survivor's invitation to their case.
 * <p>In {@code messages/referrer.properties}; templates use {@code {referrer:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "referrer", locale = "en")
public interface ReferrerMsg {

    @Message
    String referrer_error_told_by();

    @Message
    String referrer_error_too_long();

    @Message
    String referrer_error_age();

    @Message
    String referrer_error_details_for_self();

    @Message
    String referrer_error_subject_self();


    @Message
    String referrer_error_consents();

    @Message
    String referrer_invitation_already_theirs();
}
