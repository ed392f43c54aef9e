package org.safeguarding.portal.messages;

import org.safeguarding.portal.contact.SafeWindow;
import org.safeguarding.portal.testing.Casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.SmtpSink;
import org.safeguarding.portal.testing.Tokens;

/**
 * A notice outside the portal says only that there is something new: neutral sender, subject and text, sent by real
 * SMTP to the address in the contact plan, only if the plan allows e-mail, only at a safe time, never when paused.
 * A relay that hangs holds no lock and stalls nothing, and no notice goes out twice.
 *
 * <p>The scheduler runs every 2 s in tests ({@code %test.portal.notices.every}), next to the tests' own
 * {@code sendDue()} calls: so these tests wait for an outcome (within a bound) instead of assuming which run got it.
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

    /** Far under the 60 s a transaction may last: what a notice run may take while the relay hangs (timeout 3 s). */
    private static final Duration BOUND = Duration.ofSeconds(15);

    private static void await(String what, Duration within, BooleanSupplier done) {
        long end = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail(what + ", within " + within);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private UUID noticeOf(String id) {
        return UUID.fromString(Rows.texts(dataSource, "select id::text from outbound_notice where case_id = ?",
                UUID.fromString(id)).get(0));
    }

    private long attempts(UUID notice) {
        return Rows.count(dataSource, "select attempts from outbound_notice where id = ?", notice);
    }

    private boolean recordedSent(UUID notice) {
        return Rows.count(dataSource, "select count(*) from outbound_notice where id = ? and sent_at is not null",
                notice) == 1;
    }

    private void execute(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether another transaction can lock the notice's row right now, without waiting. */
    private boolean lockableNow(UUID notice) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement q = c.prepareStatement(
                    "select id from outbound_notice where id = ? for update nowait")) {
                q.setObject(1, notice);
                q.executeQuery().close();
                return true;
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Safe windows that contain neither now nor the next two minutes: a notice under them can only wait. */
    private static List<String> unsafeNow() {
        return java.util.Arrays.stream(SafeWindow.values())
                .filter(window -> !window.contains(java.time.Instant.now())
                        && !window.contains(java.time.Instant.now().plusSeconds(120)))
                .map(Enum::name).toList();
    }

    /** Sends whatever is due while the relay answers, so no earlier notice takes a connection a test makes hang. */
    private void drain() {
        notices.sendDue();
    }

    @Test
    void theNoticeSaysNothingButThatThereIsSomethingNew() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        String reference = tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().extract().path("reference");
        hubWrites(id, "About the exploiter your sister named, and the police interview on Tuesday");
        notices.sendDue();
        await("the notice is sent", BOUND, () -> queued(id) == 0);

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

    /**
     * The notice is in the language the survivor reads the portal in: the one they chose on the pages when they last
     * gave their plan there (here Welsh), not the hub's; a plan given through the API says nothing of it (English).
     */
    @Test
    void theNoticeIsInTheLanguageTheSurvivorGaveTheirPlanIn() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        PageSession survivor = PageSession.signIn("survivor1");
        String csrf = survivor.csrfTokenFrom("/my/cases/" + id + "/contact-plan");
        survivor.request().cookie("portal_lang", "cy").header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", csrf).formParam("channels", "PORTAL").formParam("channels", "EMAIL")
                .formParam("email", address).post("/my/cases/" + id + "/contact-plan").then().statusCode(303);
        assertEquals(List.of("cy"), Rows.texts(dataSource, "select language from contact_plan_version "
                + "where case_id = ? and language is not null", UUID.fromString(id)));

        hubWrites(id, "Your worker has written");
        notices.sendDue();
        await("the notice is sent", BOUND, () -> queued(id) == 0);
        List<String> mails = mailsTo(address);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).contains("Mae gennych hysbysiad newydd"), "the Welsh subject: " + mails.get(0));
        assertFalse(mails.get(0).contains("You have a new notice"), "not the English one");
    }

    @Test
    void noNoticeWithoutEmailInThePlanAndNoneOnceTheCaseIsPaused() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String portalOnly = caseWithPlan(Map.of("channels", List.of("PORTAL"), "email", address));
        hubWrites(portalOnly, "Hello");
        assertEquals(0, Rows.count(dataSource, "select count(*) from outbound_notice where case_id = ?",
                UUID.fromString(portalOnly)), "the plan does not allow e-mail: nothing queued");

        // Outside its safe windows, so the scheduler cannot send it before the pause; the pause then cancels it.
        Map<String, Object> plan = new HashMap<>(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        plan.put("safeWindows", unsafeNow());
        String paused = caseWithPlan(plan);
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
        List<String> unsafeNow = unsafeNow();
        Map<String, Object> plan = new HashMap<>(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        plan.put("safeWindows", unsafeNow);
        String id = caseWithPlan(plan);
        hubWrites(id, "Hello");
        notices.sendDue();
        assertEquals(List.of(), mailsTo(address), "not now: it is not a safe time");
        assertEquals(1, queued(id), "kept for the next safe window");
    }

    @Test
    void theScheduledEntryPointSendsAQueuedNotice() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        hubWrites(id, "Hello");

        notices.tick(); // the scheduler's own run may take it first: either way it goes, once

        await("the queued notice is sent", BOUND, () -> queued(id) == 0 && mailsTo(address).size() == 1);
    }

    @Test
    void theSchedulerSendsAQueuedNoticeByItself() {
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        hubWrites(id, "Hello");
        await("the scheduled job sends the notice (nobody calls sendDue here)", BOUND,
                () -> !mailsTo(address).isEmpty());
        await("and records it", BOUND, () -> queued(id) == 0);
        assertEquals(1, mailsTo(address).size());
    }

    @Test
    void aHangingRelayHoldsNoLockStallsNoRunAndTheNoticeGoesOnceWhenItAnswers() throws Exception {
        drain();
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        int hungBefore = SmtpSink.hungConnections();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        UUID notice;
        SmtpSink.hangAll();
        try {
            hubWrites(id, "Hello");
            notice = noticeOf(id);
            long started = System.nanoTime();
            Future<Integer> run = pool.submit(notices::sendDue);
            // This run or the scheduler's has claimed it, and its send is stuck at the relay.
            await("a send reaches the hanging relay", BOUND, () -> SmtpSink.hungConnections() > hungBefore);
            assertTrue(lockableNow(notice), "no row lock may be held while the mail is being sent");
            long second = System.nanoTime();
            notices.sendDue();
            assertTrue(since(second).compareTo(BOUND) < 0, "a second run next to the hanging one is not held up");
            run.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            assertTrue(since(started).compareTo(BOUND) < 0, "the run returns within the send timeout, well under "
                    + "the transaction's: took " + since(started));
            assertEquals(1, attempts(notice), "the attempt is counted although the send never finished");
            assertFalse(recordedSent(notice));
            assertEquals(List.of(), mailsTo(address));
        } finally {
            SmtpSink.answerAgain();
            pool.shutdownNow();
        }
        // The relay answers at last: the send that hung goes on, and the notice goes out once (no other run may claim
        // it meanwhile: its lease stands).
        await("the notice is sent once the relay answers", BOUND, () -> {
            notices.sendDue();
            return recordedSent(notice);
        });
        notices.sendDue();
        notices.tick();
        assertEquals(1, mailsTo(address).size(), "sent exactly once");
    }

    @Test
    void oneHangingConnectionDoesNotKeepTheOtherNoticesBack() throws Exception {
        drain();
        String first = "safe-" + UUID.randomUUID() + "@example.org";
        String second = "safe-" + UUID.randomUUID() + "@example.org";
        String one = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", first));
        String other = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", second));
        int hungBefore = SmtpSink.hungConnections();
        SmtpSink.hangNext(1);
        try {
            hubWrites(one, "Hello");
            hubWrites(other, "Hello");
            long started = System.nanoTime();
            notices.sendDue();
            assertTrue(since(started).compareTo(BOUND) < 0, "took " + since(started));
            await("one notice is taken while the other's connection hangs", BOUND,
                    () -> mailsTo(first).size() + mailsTo(second).size() >= 1
                            && SmtpSink.hungConnections() > hungBefore);
        } finally {
            SmtpSink.answerAgain();
        }
        await("both are sent once the relay answers", BOUND, () -> {
            notices.sendDue();
            return queued(one) == 0 && queued(other) == 0;
        });
        notices.tick();
        assertEquals(1, mailsTo(first).size());
        assertEquals(1, mailsTo(second).size());
    }

    /**
     * The relay accepted the notice but its record could not be written (the row was locked past the record's lock
     * timeout) and meanwhile the claim's lease ran out: later runs record it and never send it again.
     */
    @Test
    void aNoticeTheRelayAcceptedIsNeverSentAgainEvenIfItsRecordHadToWait() throws Exception {
        drain();
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        int heldBefore = SmtpSink.heldMessages();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        UUID notice;
        SmtpSink.holdAcceptance();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try {
                hubWrites(id, "Hello");
                notice = noticeOf(id);
                Future<Integer> run = pool.submit(notices::sendDue);
                await("the relay has the whole notice", BOUND, () -> SmtpSink.heldMessages() > heldBefore);
                try (PreparedStatement q = holder.prepareStatement("set local lock_timeout = '5s'")) {
                    q.execute();
                }
                // Lock the row (possible at once: the send holds no lock) and end the lease, both seen on commit.
                try (PreparedStatement q = holder.prepareStatement("update outbound_notice set claimed_until = "
                        + "now() - interval '1 second' where id = ?")) {
                    q.setObject(1, notice);
                    assertEquals(1, q.executeUpdate());
                }
                SmtpSink.releaseAcceptance();
                await("the relay accepts it", BOUND, () -> mailsTo(address).size() == 1);
                Thread.sleep(3_000); // the record waits for the lock for 2 s and gives up
                run.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                assertFalse(recordedSent(notice));
            } finally {
                SmtpSink.releaseAcceptance();
                holder.commit();
                pool.shutdownNow();
            }
        }
        // Lease over, not recorded: only the memory of the acceptance stands between the notice and a second send.
        notices.sendDue();
        await("the acceptance is recorded", BOUND, () -> recordedSent(notice));
        notices.sendDue();
        notices.tick(); // and the scheduled entry point
        assertEquals(1, mailsTo(address).size(), "the relay took it once: never sent again");
        assertEquals(1, attempts(notice));
    }

    /** A claim whose instance died mid-send is left alone until its lease ends, then sent. */
    @Test
    void aClaimIsLeftAloneUntilItsLeaseEndsThenTheNoticeIsSent() throws Exception {
        drain();
        String address = "safe-" + UUID.randomUUID() + "@example.org";
        String id = caseWithPlan(Map.of("channels", List.of("PORTAL", "EMAIL"), "email", address));
        UUID notice = UUID.randomUUID();
        execute("insert into outbound_notice (id, case_id, channel, queued_at, attempts, claimed_at, claimed_until) "
                + "values (?, ?, 'EMAIL', now(), 1, now(), now() + interval '10 minutes')", notice,
                UUID.fromString(id));
        notices.sendDue();
        notices.tick();
        assertEquals(List.of(), mailsTo(address), "claimed by another run: not sent while its lease lasts");
        execute("update outbound_notice set claimed_until = now() - interval '1 second' where id = ?", notice);
        // A run of its own once the lease has ended (theSchedulerSendsAQueuedNoticeByItself proves the scheduler runs);
        // waiting for the scheduler here raced with the hung-relay tests before it, whose late answers it settles.
        await("sent once the lease has ended", BOUND, () -> {
            notices.sendDue();
            return recordedSent(notice);
        });
        notices.tick();
        assertEquals(1, mailsTo(address).size());
        assertEquals(2, attempts(notice));
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
