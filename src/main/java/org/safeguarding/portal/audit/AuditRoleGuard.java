package org.safeguarding.portal.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a service whose database role could rewrite the audit trail: a superuser, the owner of the audit
 * tables (who can switch their triggers off), or a role allowed to update, delete or truncate them. The service must
 * connect as the application role that V19 grants only insert and select on them; Flyway migrates as the owner.
 */
class AuditRoleGuard {

    static final List<String> AUDIT_TABLES = List.of("audit_event", "audit_seal", "audit_checkpoint");

    void check(@Observes StartupEvent event, DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String> problems = problems(c);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Refusing to start: " + String.join("; ", problems)
                        + ". Connect as the application role and migrate as the owner (docs/deployment.md).");
            }
        }
    }

    /** What this connection's role could do to the audit trail that it must not; empty when it can only add. */
    static List<String> problems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet me = c.createStatement().executeQuery(
                "select current_user, rolsuper from pg_roles where rolname = current_user")) {
            me.next();
            if (me.getBoolean(2)) {
                problems.add("the database role " + me.getString(1) + " is a superuser");
            }
        }
        for (String table : AUDIT_TABLES) {
            try (ResultSet rs = c.createStatement().executeQuery("select pg_has_role(current_user, c.relowner, "
                    + "'MEMBER'), has_table_privilege(c.oid, 'UPDATE'), has_table_privilege(c.oid, 'DELETE'), "
                    + "has_table_privilege(c.oid, 'TRUNCATE') from pg_class c where c.oid = '" + table
                    + "'::regclass")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    problems.add("the service's database role owns " + table + " and could switch its triggers off");
                }
                if (rs.getBoolean(2) || rs.getBoolean(3) || rs.getBoolean(4)) {
                    problems.add("the service's database role may update, delete or truncate " + table);
                }
            }
        }
        return problems;
    }
}
