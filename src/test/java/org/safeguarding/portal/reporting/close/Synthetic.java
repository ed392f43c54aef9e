package org.safeguarding.portal.reporting.close;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Survivors written straight into the tables the period close reads, in periods no other test touches (the test
 * stack's database is shared by the whole run), so the board's numbers are known exactly. Cases made through the API
 * are used where the path matters (the canary test); volume comes from here.
 */
public final class Synthetic {

    private final DataSource dataSource;

    public Synthetic(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One survivor's case and referral; returns the case id. */
    public UUID survivor(String owner, Instant submitted, String subject, String ageAtHarm, String status)
            throws SQLException {
        return survivor(owner, submitted, subject, ageAtHarm, status, null, null, null);
    }

    /** One survivor's case and referral with what they said about themselves; returns the case id. */
    public UUID survivor(String owner, Instant submitted, String subject, String ageAtHarm, String status, String sex,
            String ethnicity, String ward) throws SQLException {
        UUID caseId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q = c.prepareStatement("insert into survivor_case (id, reference, owner_subject, "
                    + "status, opened_at, version) values (?, ?, ?, ?, ?, 0)")) {
                q.setObject(1, caseId);
                q.setString(2, "S" + caseId.toString().substring(0, 10).replace("-", ""));
                q.setString(3, owner);
                q.setString(4, status);
                q.setTimestamp(5, Timestamp.from(submitted));
                q.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement("insert into referral (id, case_id, owner_subject, "
                    + "idempotency_key, submitted_at, subject, age_at_harm, sex, ethnicity, ward) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                q.setObject(1, UUID.randomUUID());
                q.setObject(2, caseId);
                q.setString(3, owner);
                q.setString(4, UUID.randomUUID().toString());
                q.setTimestamp(5, Timestamp.from(submitted));
                q.setString(6, subject);
                q.setString(7, ageAtHarm);
                q.setString(8, sex);
                q.setString(9, ethnicity);
                q.setString(10, ward);
                q.executeUpdate();
            }
        }
        return caseId;
    }

    public void screening(UUID caseId, Instant at, String subjectType, String risk, String classification)
            throws SQLException {
        update("insert into case_screening (id, case_id, screened_at, screened_by_subject, subject_type, "
                + "immediate_danger, child_under_13, learning_disability, child_exploitation, assessed_risk, risk, "
                + "enhanced_rights, police_referral, classification) values (?, ?, ?, 'synthetic', ?, false, false, false, "
                + "false, ?, ?, false, 'NOT_YET_ASKED', ?)", UUID.randomUUID(), caseId, Timestamp.from(at), subjectType,
                risk, risk, classification);
    }

    public void statusChange(UUID caseId, Instant at, String from, String to, String closureReason)
            throws SQLException {
        update("insert into case_status_change (id, case_id, from_status, to_status, changed_at, changed_by_role, "
                + "closure_reason) values (?, ?, ?, ?, ?, 'caseworker', ?)", UUID.randomUUID(), caseId, from, to,
                Timestamp.from(at), closureReason);
    }

    /** A promise with its outcome (MET, MISSED, WAIVED, PENDING, ENDED). */
    public void promise(UUID caseId, String commitment, Instant started, Instant due, String status, Instant metAt)
            throws SQLException {
        update("insert into commitment_instance (id, case_id, charter_version, commitment_id, status, started_at, "
                + "started_by_event, due_at, met_at, version) values (?, ?, 1, ?, ?, ?, 'SUBMITTED', ?, ?, 0)",
                UUID.randomUUID(), caseId, commitment, status, Timestamp.from(started), Timestamp.from(due),
                metAt == null ? null : Timestamp.from(metAt));
    }

    public void onwardReferral(UUID caseId, String partner, Instant proposed, String status) throws SQLException {
        update("insert into onward_referral (id, case_id, partner, status, basis, proposed_at, proposed_by_subject) "
                + "values (?, ?, ?, ?, 'CONSENT', ?, 'synthetic')", UUID.randomUUID(), caseId, partner, status,
                Timestamp.from(proposed));
    }

    public void consent(UUID caseId, String purpose, String decision, Instant at) throws SQLException {
        update("insert into consent_record (id, case_id, purpose, decision, recorded_at, recorded_by_role) "
                + "values (?, ?, ?, ?, ?, 'survivor')", UUID.randomUUID(), caseId, purpose, decision,
                Timestamp.from(at));
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            q.executeUpdate();
        }
    }
}
