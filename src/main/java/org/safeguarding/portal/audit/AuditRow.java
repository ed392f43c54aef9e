package org.safeguarding.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One audit row as the sealer and the verifier read it from the database, column by column. */
record AuditRow(long id, OffsetDateTime occurredAt, String actorSubject, String actorRole, String action,
        String recordType, UUID recordId, String purpose, String sessionRef, String clientRef) {

    /** The row's columns, in this order, for a select that uses {@link #from(ResultSet, int)}. */
    static final String COLUMNS = "e.id, e.occurred_at, e.actor_subject, e.actor_role, e.action, e.record_type, "
            + "e.record_id, e.purpose, e.session_ref, e.client_ref";

    static AuditRow from(ResultSet rs, int first) throws SQLException {
        return new AuditRow(rs.getLong(first), rs.getObject(first + 1, OffsetDateTime.class),
                rs.getString(first + 2), rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5),
                rs.getObject(first + 6, UUID.class), rs.getString(first + 7), rs.getString(first + 8),
                rs.getString(first + 9));
    }

    /**
     * Every field with its seal number, each as its length and its text (absent as "~"), so no two different rows
     * give the same text whatever their fields hold.
     */
    String canonicalForm(long seq) {
        StringBuilder form = new StringBuilder("audit/v1");
        for (Object field : new Object[] {seq, id, occurredAt.toInstant(), actorSubject, actorRole, action,
                recordType, recordId, purpose, sessionRef, clientRef}) {
            if (field == null) {
                form.append("|~");
            } else {
                String text = field.toString();
                form.append('|').append(text.length()).append(':').append(text);
            }
        }
        return form.toString();
    }
}
