package org.safeguarding.portal.web.council;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the public-sector pages (accessibility statement, privacy notice, cookies) and the footer links to
 * them. <p>In {@code messages/about.properties}; templates use {@code {about:key}}; the council's details are
 * arguments from configuration ({@code inject:council}), never words in the bundle.
 */
@MessageBundle(value = "about", locale = "en")
public interface AboutMsg {

    @Message
    String footer_links();

    @Message
    String footer_accessibility();

    @Message
    String footer_privacy();

    @Message
    String footer_cookies();

    @Message
    String footer_run_by(String council);

    @Message
    String header_home(String council);

    @Message
    String contact_email(String email);

    @Message
    String contact_phone(String phone);

    @Message
    String acc_heading();

    @Message
    String acc_intro(String council);

    @Message
    String acc_can_colours();

    @Message
    String acc_can_zoom();

    @Message
    String acc_can_keyboard();

    @Message
    String acc_can_speech();

    @Message
    String acc_can_reader();

    @Message
    String acc_can_script();

    @Message
    String acc_how_heading();

    @Message
    String acc_how_body();

    @Message
    String acc_known_sign_in();

    @Message
    String acc_known_audit();

    @Message
    String acc_feedback_heading();

    @Message
    String acc_feedback_body();

    @Message
    String acc_feedback_reply();

    @Message
    String acc_enforcement_heading();

    @Message
    String acc_enforcement_body();

    @Message
    String acc_compliance_heading();

    @Message
    String acc_compliance_body(String council);

    @Message
    String acc_preparation_heading();

    @Message
    String acc_preparation_body();

    @Message
    String privacy_heading();

    @Message
    String privacy_controller_heading();

    @Message
    String privacy_controller_body(String council);

    @Message
    String privacy_address(String address);

    @Message
    String privacy_ico_registration(String number);

    @Message
    String privacy_dpo(String email);

    @Message
    String privacy_purposes_heading();

    @Message
    String privacy_purposes_body();

    @Message
    String privacy_purpose_hear();

    @Message
    String privacy_purpose_safe();

    @Message
    String privacy_purpose_promises();

    @Message
    String privacy_purpose_onward();

    @Message
    String privacy_purpose_statistics();

    @Message
    String privacy_holds_heading();

    @Message
    String privacy_holds_body();

    @Message
    String privacy_bases_heading();

    @Message
    String privacy_basis_public_task();

    @Message
    String privacy_basis_special();

    @Message
    String privacy_basis_consent();

    @Message
    String privacy_retention_heading();

    @Message
    String privacy_retention_cases();

    @Message
    String privacy_retention_drafts();

    @Message
    String privacy_rights_heading();

    @Message
    String privacy_rights_body();

    @Message
    String privacy_right_informed();

    @Message
    String privacy_right_access();

    @Message
    String privacy_right_rectify();

    @Message
    String privacy_right_erase();

    @Message
    String privacy_right_restrict();

    @Message
    String privacy_rights_how();

    @Message
    String privacy_complain_heading();

    @Message
    String privacy_complain_body();

    @Message
    String privacy_ico_address();

    @Message
    String privacy_ico_phone();

    @Message
    String privacy_ico_web();

    @Message
    String cookies_heading();

    @Message
    String cookies_intro();

    @Message
    String cookies_exit();

    @Message
    String cookies_table_caption();

    @Message
    String cookies_col_name();

    @Message
    String cookies_col_set_by();

    @Message
    String cookies_col_purpose();

    @Message
    String cookies_col_expires();

    @Message
    String cookies_set_by_service();

    @Message
    String cookies_set_by_sign_in();

    @Message
    String cookie_purpose_pre();

    @Message
    String cookie_expires_pre();

    @Message
    String cookie_purpose_receipt();

    @Message
    String cookie_expires_receipt();

    @Message
    String cookie_purpose_session();

    @Message
    String cookie_expires_session();

    @Message
    String cookie_purpose_auth();

    @Message
    String cookie_expires_auth();

    @Message
    String cookie_purpose_post_logout();

    @Message
    String cookie_expires_post_logout();

    @Message
    String cookie_purpose_kc_auth_session();

    @Message
    String cookie_expires_kc_auth_session();

    @Message
    String cookie_purpose_kc_auth_session_hash();

    @Message
    String cookie_expires_kc_auth_session_hash();

    @Message
    String cookie_purpose_kc_restart();

    @Message
    String cookie_expires_kc_restart();

    @Message
    String cookie_purpose_kc_identity();

    @Message
    String cookie_expires_kc_identity();

    @Message
    String cookie_purpose_kc_session();

    @Message
    String cookie_expires_kc_session();

    @Message
    String cookie_purpose_kc_locale();

    @Message
    String cookie_expires_kc_locale();

    @Message
    String cookies_shared_device();
}
