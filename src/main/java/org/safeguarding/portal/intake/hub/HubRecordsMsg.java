package org.safeguarding.portal.intake.hub;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.intake.ReceivedChannel;
import org.safeguarding.portal.intake.referrer.SurvivorAgeBand;
import org.safeguarding.portal.intake.referrer.SurvivorKnows;
import org.safeguarding.portal.intake.referrer.ToldBy;

/**
 * Who is telling us, on the intake pages (a referrer's own steps and what they are shown once it is sent), and the
 * referrals a caseworker records by phone, in person, by letter or from a forwarded e-mail; with the survivor's
 * words for such a recording in their access list ({@code recorded_what_$<CHANNEL>}).
 * <p>In {@code messages/hubrecords.properties} (and its {@code _cy}, {@code _ur}, {@code _pl} translations); templates
 * use {@code {hubrecords:key}} (docs/pages.md: one bundle per feature).
 */
@MessageBundle(value = "hubrecords", locale = "en")
public interface HubRecordsMsg {

    @Message
    String hub_error_channel();

    @Message
    String hub_error_received_missing();

    @Message
    String hub_error_received_future();

    @Message
    String hub_error_received_too_old();

    @Message
    String hub_error_idempotency();

    @Message
    String told_by(ToldBy toldBy);

    @Message
    String age_band(SurvivorAgeBand ageBand);

    @Message
    String knows(SurvivorKnows knows);

    @Message
    String channel(ReceivedChannel channel);

    @Message
    String referrer_who_heading();

    @Message
    String referrer_who_hint();

    @Message
    String referrer_name();

    @Message
    String referrer_role();

    @Message
    String referrer_role_hint();

    @Message
    String referrer_organisation();

    @Message
    String referrer_contact();

    @Message
    String referrer_contact_hint();

    @Message
    String referrer_survivor_heading();

    @Message
    String referrer_survivor_hint();

    @Message
    String referrer_survivor_name();

    @Message
    String referrer_survivor_age();

    @Message
    String referrer_survivor_age_band();

    @Message
    String referrer_survivor_knows();

    @Message
    String referrer_contact_them();

    @Message
    String referrer_no_consents();

    @Message
    String referrer_progress();

    @Message
    String check_told_by();

    @Message
    String check_referrer_name();

    @Message
    String check_referrer_role();

    @Message
    String check_referrer_organisation();

    @Message
    String check_referrer_contact();

    @Message
    String check_survivor_name();

    @Message
    String check_survivor_age();

    @Message
    String check_survivor_age_band();

    @Message
    String check_survivor_knows();

    @Message
    String check_not_given();

    @Message
    String sent_title();

    @Message
    String sent_heading();

    @Message
    String sent_reference();

    @Message
    String sent_at();

    @Message
    String sent_body();

    @Message
    String sent_keep();

    @Message
    String sent_proof();

    @Message
    String sent_digest();

    @Message
    String sent_signature();

    @Message
    String sent_back();

    @Message
    String hub_title();

    @Message
    String hub_heading();

    @Message
    String hub_intro();

    @Message
    String hub_channel_legend();

    @Message
    String hub_received_legend();

    @Message
    String hub_received_hint();

    @Message
    String hub_received_day();

    @Message
    String hub_received_month();

    @Message
    String hub_received_year();

    @Message
    String hub_received_time();

    @Message
    String hub_told_by_legend();

    @Message
    String hub_referrer_heading();

    @Message
    String hub_referrer_name();

    @Message
    String hub_referrer_role();

    @Message
    String hub_referrer_organisation();

    @Message
    String hub_referrer_contact();

    @Message
    String hub_survivor_heading();

    @Message
    String hub_account();

    @Message
    String hub_account_hint();

    @Message
    String hub_risk_legend();

    @Message
    String hub_contact_heading();

    @Message
    String hub_contact_channels();

    @Message
    String hub_no_contact();

    @Message
    String hub_phone();

    @Message
    String hub_email();

    @Message
    String hub_safe_times();

    @Message
    String hub_code_word();

    @Message
    String hub_submit();

    @Message
    String hub_link();

    @Message
    String hub_recorded_by(String name, String channel, String at);

    @Message
    String hub_recorded_by_unknown(String channel, String at);

    @Message
    String recorded_what(ReceivedChannel channel);

    @Message
    String recorded_other(ReceivedChannel channel);
}
