package org.safeguarding.portal.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Rows;

/** Ended receipt sessions and old rate-limit windows are removed; live ones are kept. */
@QuarkusTest
class SessionHousekeepingTest {

    @Inject
    DataSource dataSource;
    @Inject
    SessionHousekeeping housekeeping;

    @Test
    void theScheduledEntryPointRemovesAnEndedSession() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement session = c.prepareStatement(
                "insert into anonymous_session (token_hash, owner_subject, created_at, expires_at, ends_at) "
                        + "values (?, 'receipt:scheduled-housekeeping', now() - interval '9 hours', now() + interval "
                        + "'10 minutes', now() - interval '1 hour')")) {
            session.setBytes(1, new byte[] { 9, 9, 9, 9 });
            session.executeUpdate();
        }

        housekeeping.scheduled();

        assertEquals(0, Rows.count(dataSource, "select count(*) from anonymous_session where owner_subject = ?",
                "receipt:scheduled-housekeeping"), "past its absolute end, however recently used");
    }

    /** Sign-ins ended by quick exit are forgotten once past any use, by the same scheduled run; recent ones stay. */
    @Test
    void theScheduledEntryPointForgetsEndedSignInsPastAnyUseAndKeepsRecentOnes() throws Exception {
        byte[] past = {7, 7, 7, 1};
        byte[] recent = {7, 7, 7, 2};
        try (Connection c = dataSource.getConnection(); PreparedStatement ended = c.prepareStatement(
                "insert into ended_sign_in (session_hash, forget_after) values (?, now() + ?::interval)")) {
            ended.setBytes(1, past);
            ended.setString(2, "-1 minute");
            ended.executeUpdate();
            ended.setBytes(1, recent);
            ended.setString(2, "8 hours");
            ended.executeUpdate();
        }

        housekeeping.scheduled();

        try (Connection c = dataSource.getConnection(); PreparedStatement left = c.prepareStatement(
                "select count(*) from ended_sign_in where session_hash = ?")) {
            left.setBytes(1, past);
            var rows = left.executeQuery();
            rows.next();
            assertEquals(0, rows.getInt(1), "past any use: forgotten");
            left.setBytes(1, recent);
            rows = left.executeQuery();
            rows.next();
            assertEquals(1, rows.getInt(1), "still within Keycloak's session lifespan: kept, still refused");
        }
    }

    @Test
    void endedSessionsAndOldWindowsGoLiveOnesStay() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement session = c.prepareStatement("insert into anonymous_session "
                    + "(token_hash, owner_subject, created_at, expires_at, ends_at) "
                    + "values (?, 'receipt:housekeeping', now(), ?, now() + interval '8 hours')");
            session.setBytes(1, new byte[] { 1, 2, 3, 4 });
            session.setObject(2, java.time.OffsetDateTime.now().minusMinutes(1));
            session.executeUpdate();
            session.setBytes(1, new byte[] { 5, 6, 7, 8 });
            session.setObject(2, java.time.OffsetDateTime.now().plusMinutes(20));
            session.executeUpdate();
            PreparedStatement window = c.prepareStatement(
                    "insert into attempt_window (bucket, window_start, attempts) values (?, ?, 1)");
            window.setString(1, "housekeeping:old");
            window.setObject(2, java.time.OffsetDateTime.now().minusDays(2));
            window.executeUpdate();
            window.setString(1, "housekeeping:current");
            window.setObject(2, java.time.OffsetDateTime.now());
            window.executeUpdate();
        }

        var removed = housekeeping.removeExpired();
        assertTrue(removed.sessions() >= 1 && removed.attemptWindows() >= 1);
        assertEquals(1, Rows.count(dataSource, "select count(*) from anonymous_session where owner_subject = ?",
                "receipt:housekeeping"), "the live session stays");
        assertEquals(0, Rows.count(dataSource, "select count(*) from attempt_window where bucket = ?",
                "housekeeping:old"));
        assertEquals(1, Rows.count(dataSource, "select count(*) from attempt_window where bucket = ?",
                "housekeeping:current"));
    }
}
