package org.safeguarding.portal.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real stack once for every @QuarkusTest of the run: PostgreSQL, Keycloak and an SMTP listener on free
 * ports, stopped again when the tests end. Paths come from the Maven build (pom.xml, surefire system properties).
 */
public class PortalStackResource implements QuarkusTestResourceLifecycleManager {

    private Database database;
    private KeycloakServer keycloak;
    private SmtpSink smtp;

    @Override
    public Map<String, String> start() {
        Path keycloakHome = Path.of(required("portal.keycloak.home"));
        Path log = Path.of("target", "keycloak-test.log").toAbsolutePath();
        try {
            Path realm = TestRealm.acceptingPort(Path.of(required("portal.realm.file")), testPort(),
                    Path.of("target", "test-realm").toAbsolutePath());
            var startingKeycloak = CompletableFuture.supplyAsync(() -> {
                try {
                    return KeycloakServer.start(keycloakHome, realm, FreePorts.next(), FreePorts.next(), log);
                } catch (Exception e) {
                    throw new IllegalStateException("Keycloak did not start", e);
                }
            });
            database = Database.temporary(FreePorts.next());
            smtp = SmtpSink.start(FreePorts.next());
            keycloak = startingKeycloak.join();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("The test stack did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", Database.USER,
                "quarkus.datasource.password", Database.PASSWORD,
                "portal.keycloak.url", keycloak.url(),
                "quarkus.mailer.host", "localhost",
                "quarkus.mailer.port", String.valueOf(smtp.port()));
    }

    @Override
    public void stop() {
        if (smtp != null) {
            try {
                smtp.close();
            } catch (java.io.IOException ignored) {
                // A listener that will not close goes with the JVM.
            }
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception ignored) {
                // The cluster is in a temporary directory that is removed with it.
            }
        }
    }

    /** The port the service under test listens on (application.properties, or -Dquarkus.http.test-port). */
    private static int testPort() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the tests through Maven (./mvnw verify)");
        }
        return value;
    }
}
