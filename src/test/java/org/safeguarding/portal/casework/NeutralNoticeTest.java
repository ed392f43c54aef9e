package org.safeguarding.portal.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.SmtpSink;
import org.safeguarding.portal.testing.Tokens;

/**
 * A notice outside the portal says only that there is something new: neutral sender, subject and text, sent by real
 * SMTP to the address in the contact plan, only if the plan allows e-mail, only at a safe time, never when paused.
 */
@QuarkusTest
class NeutralNoticeTest {

    /** Words that would tell someone reading over the survivor's shoulder what this is. */
    private static final List<String> REVEALING = List.of("safeguard", "abuse", "exploit", "council", "survivor",
            "hub", "police", "case", "worker", "amira", "referral", "charter", "harm", "sexual", "support");

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    NeutralNotices notices;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    private String caseWithPlan(Map<String, Object> plan) {
        String id = casework.newCase(Map.of());
        tokens.as("survivor1").body(plan).put("/api/v1/me/cases/" + id + "/contact-plan").then().statusCode(200);
        return id;
    }

    private void hubWrites(String id, String text) {
        tokens.as("caseworker1").body(Map.of("text", text)).post("/api/v1/cases/" + id + "/messages").then()
                .statusCode(201);
    }

    private List<String> mailsTo(String address) {
        return SmtpSink.messages().stream().filter(mail -> mail.contains(address)).toList();
    }

    private long queued(String id) {
        return Rows.count(dataSource, "select count(*) from outbound_notice where case_id = ? and sent_at is null "
                + "and cancelled_at is null", UUID.fromString(id));
    }

    @Test
    void theNoticeSaysNothingButThatThereIsSomethingNew() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        String reference = tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().extract().path("reference");
        hubWrites(id, "About the exploiter your sister named, and the police interview on Tuesday");
        notices.sendDue();

        List<String> mails = mailsTo(address);
        assertEquals(1, mails.size(), "one notice for one message");
        String mail = mails.get(0);
        assertTrue(mail.contains("Account notice"), "neutral sender");
        assertTrue(mail.contains("You have a new notice"), "neutral subject");
        assertTrue(mail.contains("Sign in to read it"), "neutral text");
        String lower = mail.toLowerCase(Locale.ROOT).replace(address.toLowerCase(Locale.ROOT), "");
        for (String word : REVEALING) {
            assertFalse(lower.contains(word), "the notice must not say '" + word + "'");
        }
        assertFalse(mail.contains(reference), "no case reference");
        assertFalse(mail.contains("sister") || mail.contains("Tuesday"), "none of the message's words");
        assertEquals(0, queued(id));
    }

    @Test
    void noNoticeWithoutEmailInThePlanAndNoneOnceTheCaseIsPaused() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String portalOnly = caseWithPlan(Map.of("channels", List.of("PORTAL"), "email", address));
        hubWrites(portalOnly, "Hello");
        assertEquals(0, Rows.count(dataSource, "select count(*) from outbound_notice where case_id = ?",
                UUID.fromString(portalOnly)), "the plan does not allow e-mail: nothing queued");

        String paused = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        hubWrites(paused, "Hello");
        tokens.as("survivor1").post("/api/v1/me/cases/" + paused + "/pause").then().statusCode(200);
        notices.sendDue();
        assertEquals(List.of(), mailsTo(address), "checked again when sending: paused means nothing goes out");
        assertEquals(1, Rows.count(dataSource, "select count(*) from outbound_notice where case_id = ? "
                + "and cancelled_at is not null", UUID.fromString(paused)));
    }

    @Test
    void aNoticeWaitsForASafeWindow() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        List<String> unsafeNow = java.util.Arrays.stream(SafeWindow.values())
                .filter(window -> !window.contains(java.time.Instant.now())
                        && !window.contains(java.time.Instant.now().plusSeconds(120)))
                .map(Enum::name).toList();
        Map<String, Object> plan = new HashMap<>(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        plan.put("safeWindows", unsafeNow);
        String id = caseWithPlan(plan);
        hubWrites(id, "Hello");
        notices.sendDue();
        assertEquals(List.of(), mailsTo(address), "not now: it is not a safe time");
        assertEquals(1, queued(id), "kept for the next safe window");
    }

    @Test
    void theSafePhoneNumberAndAddressAreEncryptedAtRest() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL", "SMS"), "email", address,
                "phone", "07700 900 982"));
        List<String> stored = Rows.texts(dataSource, "select encode(phone_ciphertext, 'escape') || ' ' || "
                + "encode(email_ciphertext, 'escape') from contact_plan_version where case_id = ? "
                + "and email_ciphertext is not null", UUID.fromString(id));
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).contains(address) || stored.get(0).contains("900 982"), "stored as plaintext");
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then()
                .body("preferences.contactPlan.email", org.hamcrest.Matchers.equalTo(address));
    }

    @Test
    void aContactPlanWithABadAddressIsRefused() {
        String id = casework.newCase(Map.of());
        tokens.as("survivor1").body(Map.of("channels", List.of("EMAIL"), "email", "not an address"))
                .put("/api/v1/me/cases/" + id + "/contact-plan").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("contactPlan.email"));
        tokens.as("survivor1").body(Map.of("channels", List.of("PHONE"), "phone", "call me maybe"))
                .put("/api/v1/me/cases/" + id + "/contact-plan").then().statusCode(422);
    }
}
