package org.safeguarding.portal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * Housekeeping, run through the method the scheduler calls, deletes the short-lived rows the schedule leaves to it
 * after the schedule's periods (and keeps live ones), and records each run's count per rule; two instances at once
 * delete and count each row once. A survivor's deleted draft is gone at once, not when housekeeping comes round.
 */
@QuarkusTest
class HousekeepingTest {

    @Inject
    DataSource dataSource;
    @Inject
    Housekeeping housekeeping;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    @Test
    void endedSessionsOldWindowsAndEndedSignInsGoLiveOnesStay() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement session = c.prepareStatement("insert into anonymous_session "
                    + "(token_hash, owner_subject, created_at, expires_at, ends_at) values (?, ?, now(), ?, ?)");
            insertSession(session, randomBytes(), "receipt:housekeeping-idle", OffsetDateTime.now().minusMinutes(1),
                    OffsetDateTime.now().plusHours(8));
            insertSession(session, randomBytes(), "receipt:housekeeping-absolute", OffsetDateTime.now().plusMinutes(10),
                    OffsetDateTime.now().minusHours(1));
            insertSession(session, randomBytes(), "receipt:housekeeping-live", OffsetDateTime.now().plusMinutes(20),
                    OffsetDateTime.now().plusHours(8));
            PreparedStatement window = c.prepareStatement(
                    "insert into attempt_window (bucket, window_start, attempts) values (?, ?, 1)");
            window.setString(1, "housekeeping:old");
            window.setObject(2, OffsetDateTime.now().minusHours(25));
            window.executeUpdate();
            window.setString(1, "housekeeping:current");
            window.setObject(2, OffsetDateTime.now().minusHours(23));
            window.executeUpdate();
            PreparedStatement ended = c.prepareStatement(
                    "insert into ended_sign_in (session_hash, forget_after) values (?, now() + ?::interval)");
            ended.setBytes(1, "housekeeping-past".getBytes(StandardCharsets.UTF_8));
            ended.setString(2, "-1 minute");
            ended.executeUpdate();
            ended.setBytes(1, "housekeeping-recent".getBytes(StandardCharsets.UTF_8));
            ended.setString(2, "8 hours");
            ended.executeUpdate();
        }
        long lastRun = Rows.count(dataSource, "select coalesce(max(id), 0) from housekeeping_run");

        housekeeping.scheduled();

        assertEquals(0, Rows.count(dataSource, "select count(*) from anonymous_session where owner_subject in (?, ?)",
                "receipt:housekeeping-idle", "receipt:housekeeping-absolute"), "idle, or past its absolute end");
        assertEquals(1, Rows.count(dataSource, "select count(*) from anonymous_session where owner_subject = ?",
                "receipt:housekeeping-live"));
        assertEquals(0, Rows.count(dataSource, "select count(*) from attempt_window where bucket = ?",
                "housekeeping:old"), "older than the schedule's 24 hours");
        assertEquals(1, Rows.count(dataSource, "select count(*) from attempt_window where bucket = ?",
                "housekeeping:current"));
        assertEquals(0, Rows.count(dataSource, "select count(*) from ended_sign_in where session_hash = ?",
                "housekeeping-past".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, Rows.count(dataSource, "select count(*) from ended_sign_in where session_hash = ?",
                "housekeeping-recent".getBytes(StandardCharsets.UTF_8)), "still within the sign-in's life");
        assertEquals(List.of("ANONYMOUS_SESSION", "ATTEMPT_WINDOW", "ENDED_SIGN_IN", "HOUSEKEEPING_RECORD",
                "INTAKE_DRAFT"), Rows.texts(dataSource, "select kind from housekeeping_run where id > ? order by kind",
                        lastRun), "each rule's count recorded, whether it removed anything or not");
        assertTrue(Rows.count(dataSource, "select removed from housekeeping_run where id > ? and kind = "
                + "'ANONYMOUS_SESSION'", lastRun) >= 2);
    }

    @Test
    void unsentDraftsGoThirtyDaysAfterTheirLastChange() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement draft = c.prepareStatement(
                "insert into intake_draft (id, owner_subject, payload_ciphertext, updated_at) values (?, ?, ?, "
                        + "now() - ?::interval)")) {
            insertDraft(draft, "receipt:draft-31-days", "31 days");
            insertDraft(draft, "receipt:draft-29-days", "29 days");
        }
        housekeeping.scheduled();
        assertEquals(0, Rows.count(dataSource, "select count(*) from intake_draft where owner_subject like ?",
                "receipt:draft-31-days-%"));
        assertEquals(1, Rows.count(dataSource, "select count(*) from intake_draft where owner_subject like ?",
                "receipt:draft-29-days-%"));
    }

    @Test
    void aDraftTheSurvivorDeletesIsGoneAtOnce() throws Exception {
        String subject = subjectOf(new Tokens(keycloakUrl).forUser("survivor2"));
        PageSession survivor = PageSession.signIn("survivor2");
        form(survivor, "/my/tell-us/2", "subject", "SELF").then().statusCode(303);
        assertEquals(1, Rows.count(dataSource, "select count(*) from intake_draft where owner_subject = ?", subject));
        form(survivor, "/my/tell-us/delete").then().statusCode(303);
        assertEquals(0, Rows.count(dataSource, "select count(*) from intake_draft where owner_subject = ?", subject),
                "the row is deleted when the survivor asks, not left for housekeeping");
    }

    @Test
    void twoInstancesAtOnceDeleteAndCountEachRowOnce() throws Exception {
        String owner = "receipt:housekeeping-twice-" + UUID.randomUUID();
        // Sessions other tests left ended in the shared database go first, so the runs below count only these five.
        housekeeping.scheduled();
        try (Connection c = dataSource.getConnection(); PreparedStatement session = c.prepareStatement(
                "insert into anonymous_session (token_hash, owner_subject, created_at, expires_at, ends_at) "
                        + "values (?, ?, now(), ?, ?)")) {
            for (int i = 0; i < 5; i++) {
                insertSession(session, randomBytes(), owner, OffsetDateTime.now().minusMinutes(1),
                        OffsetDateTime.now().plusHours(1));
            }
        }
        long lastRun = Rows.count(dataSource, "select coalesce(max(id), 0) from housekeeping_run");
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = List.of(instances.submit(() -> {
                start.await();
                housekeeping.scheduled();
                return null;
            }), instances.submit(() -> {
                start.await();
                housekeeping.scheduled();
                return null;
            }));
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        assertEquals(0, Rows.count(dataSource, "select count(*) from anonymous_session where owner_subject = ?", owner));
        assertEquals(5, Rows.count(dataSource, "select coalesce(sum(removed), 0) from housekeeping_run where id > ? "
                + "and kind = 'ANONYMOUS_SESSION'", lastRun), "the five sessions counted once between the runs");
        assertTrue(Rows.count(dataSource, "select count(*) from housekeeping_run where id > ? and kind = "
                + "'ANONYMOUS_SESSION'", lastRun) <= 2);
    }

    private static void insertSession(PreparedStatement session, byte[] token, String owner, OffsetDateTime expires,
            OffsetDateTime ends) throws java.sql.SQLException {
        session.setBytes(1, token);
        session.setString(2, owner);
        session.setObject(3, expires);
        session.setObject(4, ends);
        session.executeUpdate();
    }

    private static void insertDraft(PreparedStatement draft, String owner, String age) throws java.sql.SQLException {
        draft.setObject(1, UUID.randomUUID());
        draft.setString(2, owner + "-" + UUID.randomUUID());
        draft.setBytes(3, new byte[] { 1 });
        draft.setString(4, age);
        draft.executeUpdate();
    }

    private static byte[] randomBytes() {
        return UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static io.restassured.response.Response form(PageSession session, String path, String... fields) {
        var request = session.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", session.csrfTokenFrom("/my/tell-us/1"));
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path);
    }

    private static String subjectOf(String token) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(payload).path("sub").asText();
    }
}
