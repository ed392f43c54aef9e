package org.safeguarding.portal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service on a database of its own, made fresh in the shared test PostgreSQL and migrated by Flyway at start:
 * for a test whose work reaches every record there is (the scheduled period close closes every month since the
 * first referral), which on the database the other tests share would publish their periods before they write them.
 */
public class OwnDatabase implements QuarkusTestProfile {

    public static final String NAME = "portal_own";

    @Override
    public Map<String, String> getConfigOverrides() {
        int testPort = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class)
                .orElse(8081);
        String shared = SharedStack.settingsFromAnyLoader(testPort).get("quarkus.datasource.jdbc.url");
        String server = shared.substring(0, shared.lastIndexOf('/'));
        try (Connection c = DriverManager.getConnection(server + "/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + NAME + " with (force)");
            s.execute("create database " + NAME + " owner " + Database.USER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the test's own database", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", server + "/" + NAME,
                "portal.audit.checkpoint-file", SharedStack.checkpointFileBeside(NAME));
    }
}
