package org.safeguarding.portal.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * V13 on a database that already holds screenings: the migrations are run in a schema of their own, first up to V11
 * (before the classification existed), then rows are written as the portal wrote them then, then the rest.
 */
@QuarkusTest
class ClassificationMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    /** Migrations run as the owner of the schema, as Flyway does at start. */
    @ConfigProperty(name = "quarkus.flyway.username")
    String user;
    @ConfigProperty(name = "quarkus.flyway.password")
    String password;
    @ConfigProperty(name = "quarkus.datasource.username")
    String appRole;

    @Test
    void screeningsFromBeforeTheClassificationCountAsExploitationAndItIsRequiredFromThenOn() throws SQLException {
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            flyway(schema, "11").migrate();
            UUID caseId = UUID.randomUUID();
            try (Connection c = connect(schema); Statement sql = c.createStatement()) {
                sql.execute("insert into survivor_case (id, reference, owner_subject, status, opened_at) values ('"
                        + caseId + "', 'OLD23-CASE1', 'someone', 'ASSIGNED', now())");
                for (int i = 0; i < 2; i++) {
                    sql.execute("insert into case_screening (id, case_id, screened_at, screened_by_subject, "
                            + "subject_type, immediate_danger, child_under_13, learning_disability, "
                            + "child_exploitation, assessed_risk, risk, enhanced_rights, police_referral) values ('"
                            + UUID.randomUUID() + "', '" + caseId + "', now(), 'worker', 'ADULT_NON_RECENT', false, "
                            + "false, false, false, 'LOW', 'LOW', false, 'SURVIVOR_DECLINED')");
                }
            }

            flyway(schema, "latest").migrate();

            try (Connection c = connect(schema); Statement sql = c.createStatement()) {
                try (ResultSet rows = sql.executeQuery("select classification, count(*) from case_screening "
                        + "group by classification")) {
                    rows.next();
                    assertEquals("EXPLOITATION", rows.getString(1));
                    assertEquals(2, rows.getInt(2));
                    assertEquals(false, rows.next(), "every old screening is EXPLOITATION");
                }
                try (ResultSet rows = sql.executeQuery("select is_nullable from information_schema.columns "
                        + "where table_schema = '" + schema + "' and table_name = 'case_screening' "
                        + "and column_name = 'classification'")) {
                    rows.next();
                    assertEquals("NO", rows.getString(1), "classification is required from now on");
                }
                try (ResultSet rows = sql.executeQuery("select closure_reason, sex, ethnicity, ward from "
                        + "survivor_case left join referral on referral.case_id = survivor_case.id")) {
                    rows.next();
                    assertEquals(null, rows.getString(1), "an old case has no closure reason");
                }
                assertThrows(SQLException.class, () -> sql.execute("update case_screening set classification = "
                        + "'LIFESTYLE_CHOICE'"), "an unknown classification is refused by the database too");
            }
        } finally {
            try (Connection c = connect("public"); Statement sql = c.createStatement()) {
                sql.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema)
                .placeholders(java.util.Map.of("app_role", appRole))
                .locations("classpath:db/migration").target(target).load();
    }

    private Connection connect(String schema) throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setSchema(schema);
        return c;
    }
}
