package org.safeguarding.portal.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Reads the database directly, as a test must to prove what is (and is not) stored. */
public final class Rows {

    private Rows() {
    }

    /** The single number a {@code select count(*) …} answers, with positional parameters. */
    public static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row a query answers, as text (bytea as its raw bytes read as ISO-8859-1). */
    public static java.util.List<String> texts(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            java.util.List<String> texts = new java.util.ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    Object value = rows.getObject(1);
                    texts.add(value instanceof byte[] bytes
                            ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                            : value == null ? null : value.toString());
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many audit rows record this action on this case. */
    public static long audited(DataSource dataSource, String caseId, String action) {
        return count(dataSource, "select count(*) from audit_event where record_id = ? and action = ?",
                java.util.UUID.fromString(caseId), action);
    }
}
