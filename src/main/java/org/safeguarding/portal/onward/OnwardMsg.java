package org.safeguarding.portal.onward;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Onward referrals to partners, with or without consent ({@link OnwardReferralPages}, and the record's list), and
 * what the survivor is told.
 * <p>In {@code messages/onward.properties}; templates use {@code {onward:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "onward", locale = "en")
public interface OnwardMsg {

    @Message
    String onward_override_tell_survivor();

    @Message
    String onward_withdrawn_tell_survivor();

    @Message
    String onward_heading();

    @Message
    String onward_none();

    @Message
    String onward_partner();

    @Message
    String onward_basis();

    @Message
    String onward_basis_consent();

    @Message
    String onward_basis_override();

    @Message
    String onward_next();

    @Message
    String onward_update();

    @Message
    String onward_propose_partner();

    @Message
    String onward_propose();

    @Message
    String onward_override_reason();

    @Message
    String onward_override_hint();

    @Message
    String partner(Partner partner);

    @Message
    String onward_mash_override_reason();

    @Message
    String onward_status(OnwardReferralStatus onwardReferralStatus);
}
