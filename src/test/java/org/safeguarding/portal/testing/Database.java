package org.safeguarding.portal.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 (the major version docker-compose.yml deploys), from binaries published on Maven Central.
 * Started by the tests on a free port, and by the local run with its data kept between runs.
 */
public final class Database implements AutoCloseable {

    static final String NAME = "portal";
    /** Owns the schema: Flyway migrates as it, and tests that tamper with the audit trail connect as it. */
    public static final String USER = "portal";
    public static final String PASSWORD = "portal";
    /** The service's own role: the migrations grant it the casework tables, and only insert and read on audit. */
    public static final String APP_USER = "portal_app";
    public static final String APP_PASSWORD = "portal_app";

    private final EmbeddedPostgres postgres;

    private Database(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throwaway cluster: deleted when closed. */
    public static Database temporary(int port) throws IOException, SQLException {
        return create(EmbeddedPostgres.builder().setPort(port));
    }

    /**
     * A throwaway cluster that writes to disk as a production server does. zonky starts PostgreSQL with {@code -F}
     * (fsync off) for speed; each {@code -c} setting comes after it on the command line, and the last one wins.
     */
    public static Database durable(int port) throws IOException, SQLException {
        return create(EmbeddedPostgres.builder().setPort(port).setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on"));
    }

    /** A cluster whose data stays in {@code dataDirectory} between runs. */
    public static Database persistent(int port, Path dataDirectory) throws IOException, SQLException {
        return create(EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false));
    }

    private static Database create(EmbeddedPostgres.Builder builder) throws IOException, SQLException {
        Database database = new Database(builder.start());
        database.ensurePortalDatabase();
        return database;
    }

    /**
     * Two ordinary roles, neither a superuser, as in production: the owner Flyway migrates as, and the application
     * role the service connects as.
     */
    private void ensurePortalDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String[] role : new String[][] {{USER, PASSWORD}, {APP_USER, APP_PASSWORD}}) {
                if (!s.executeQuery("select 1 from pg_roles where rolname = '" + role[0] + "'").next()) {
                    s.execute("create role " + role[0] + " login password '" + role[1] + "'");
                }
            }
            var db = s.executeQuery("select 1 from pg_database where datname = '" + NAME + "'");
            if (!db.next()) {
                s.execute("create database " + NAME + " owner " + USER);
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, NAME).replaceFirst("\\?.*$", "");
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** What the service is configured with: its own role to connect as, the owner for Flyway. */
    public java.util.Map<String, String> serviceSettings() {
        return java.util.Map.of("quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", APP_USER, "quarkus.datasource.password", APP_PASSWORD,
                "quarkus.flyway.username", USER, "quarkus.flyway.password", PASSWORD);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
