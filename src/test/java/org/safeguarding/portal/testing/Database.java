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
    static final String USER = "portal";
    static final String PASSWORD = "portal";

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

    /** The application connects as an ordinary owner, not the superuser, as it would in production. */
    private void ensurePortalDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var role = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'");
            if (!role.next()) {
                s.execute("create role " + USER + " login password '" + PASSWORD + "'");
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

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
