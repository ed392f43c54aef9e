package org.safeguarding.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every connection the service takes from its pool gives up on a stalled statement, a lock that does not come, and
 * a database that has gone silent, so one stuck request cannot hold a connection for long.
 */
@QuarkusTest
class DatabaseTimeoutsTest {

    @Inject
    DataSource dataSource;

    @Test
    void aStatementIsCancelledAfterThirtySecondsAndALockWaitAfterTen() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("30s", show(connection, "statement_timeout"));
            assertEquals("10s", show(connection, "lock_timeout"));
        }
    }

    @Test
    void aConnectionTheDatabaseIsSilentOnIsDroppedAfterNinetySeconds() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(90_000, connection.getNetworkTimeout(), "the driver's socket timeout, in milliseconds");
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        }
    }
}
