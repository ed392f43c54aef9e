package org.safeguarding.portal.acceptance;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.safeguarding.portal.testing.Database;

/**
 * Records written straight into the database after the service has migrated it, standing in for history a live
 * service would have: referrals in a month long enough ago to be closed for the board, one of them with a promise
 * already overdue, and a receipt session that has ended.
 */
final class SeededRecords {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Two months back has always ended at least the ten settle days ago. */
    final YearMonth month = YearMonth.now(LONDON).minusMonths(2);
    final UUID overdueCase = UUID.randomUUID();
    final String overdueReference = "X" + overdueCase.toString().substring(0, 8).toUpperCase();
    final byte[] expiredSessionToken = new byte[32];

    private final String jdbcUrl;

    SeededRecords(Database database) {
        this(database.jdbcUrl());
    }

    /** In another database of the same server (TwoInstancesIT's own), as the schema's owner. */
    SeededRecords(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        new SecureRandom().nextBytes(expiredSessionToken);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, Database.USER, Database.PASSWORD);
    }

    String setting(String name) throws SQLException {
        try (Connection c = connect(); ResultSet row = c.createStatement().executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    /** All in one transaction, so the period close sees either none of it or all of it. */
    void write(int referrals) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement cases = c.prepareStatement("insert into survivor_case (id, reference, "
                    + "owner_subject, status, opened_at, version, charter_version) values (?, ?, ?, 'SUBMITTED', ?, 0, "
                    + "(select max(version) from charter_version))");
                    PreparedStatement referral = c.prepareStatement("insert into referral (id, case_id, "
                            + "owner_subject, idempotency_key, submitted_at, subject, age_at_harm) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < referrals; i++) {
                    UUID caseId = i == 0 ? overdueCase : UUID.randomUUID();
                    String owner = "seeded-" + caseId;
                    Timestamp at = Timestamp.from(month.atDay(1 + i % 28).atTime(10, 0).atZone(LONDON).toInstant());
                    cases.setObject(1, caseId);
                    cases.setString(2, i == 0 ? overdueReference : "S" + caseId.toString().substring(0, 8));
                    cases.setString(3, owner);
                    cases.setTimestamp(4, at);
                    cases.executeUpdate();
                    referral.setObject(1, UUID.randomUUID());
                    referral.setObject(2, caseId);
                    referral.setString(3, owner);
                    referral.setString(4, caseId.toString());
                    referral.setTimestamp(5, at);
                    referral.setString(6, i % 4 == 0 ? "SOMEONE_ELSE" : "SELF");
                    referral.setString(7, i % 5 == 0 ? "AGE_16_17" : "ADULT");
                    referral.executeUpdate();
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            try (PreparedStatement promise = c.prepareStatement("insert into commitment_instance (id, case_id, "
                    + "charter_version, commitment_id, status, started_at, started_by_event, due_at) values (?, ?, "
                    + "(select max(version) from charter_version), 'C1', 'PENDING', ?, 'SUBMITTED', ?)")) {
                promise.setObject(1, UUID.randomUUID());
                promise.setObject(2, overdueCase);
                promise.setTimestamp(3, Timestamp.from(now.minus(10, ChronoUnit.DAYS)));
                promise.setTimestamp(4, Timestamp.from(now.minus(1, ChronoUnit.DAYS)));
                promise.executeUpdate();
            }
            try (PreparedStatement session = c.prepareStatement("insert into anonymous_session (token_hash, "
                    + "owner_subject, created_at, expires_at, ends_at) values (?, ?, ?, ?, ?)")) {
                session.setBytes(1, expiredSessionToken);
                session.setString(2, "seeded-receipt-" + UUID.randomUUID());
                session.setTimestamp(3, Timestamp.from(now.minus(2, ChronoUnit.HOURS)));
                // Idle since an hour ago, within its absolute end: housekeeping removes it for the idle deadline.
                session.setTimestamp(4, Timestamp.from(now.minus(1, ChronoUnit.HOURS)));
                session.setTimestamp(5, Timestamp.from(now.plus(6, ChronoUnit.HOURS)));
                session.executeUpdate();
            }
            c.commit();
        }
    }

    boolean expiredSessionStillThere() throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "select 1 from anonymous_session where token_hash = ?")) {
            q.setBytes(1, expiredSessionToken);
            try (ResultSet row = q.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The seeded promise's status and whether it has an escalation row. */
    String overduePromise() throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement("select i.status, "
                + "exists (select 1 from charter_escalation e where e.commitment_instance_id = i.id) "
                + "from commitment_instance i where i.case_id = ?")) {
            q.setObject(1, overdueCase);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getString(1) + (row.getBoolean(2) ? " escalated" : " not escalated");
            }
        }
    }

    boolean periodStored(String periodId) throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "select 1 from report_release where period_id = ?")) {
            q.setString(1, periodId);
            try (ResultSet row = q.executeQuery()) {
                return row.next();
            }
        }
    }

    UUID caseIdOf(String reference) throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "select id from survivor_case where reference = ?")) {
            q.setString(1, reference);
            try (ResultSet row = q.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no case " + reference);
                }
                return row.getObject(1, UUID.class);
            }
        }
    }
}
