package org.safeguarding.portal.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The test stack (PostgreSQL, Keycloak, the SMTP sink) as one per test JVM, started the first time it is asked for
 * and stopped when the JVM ends, whatever the number of Quarkus starts in between.
 *
 * <p>Quarkus loads the test classes, {@link PortalStackResource} included, with a new class loader for each test
 * profile, and stops and starts even a {@code GLOBAL} test resource when the profile changes; a static in that class
 * would be forgotten and the whole stack started again (a Keycloak start is 15 to 60 s here). So the stack lives in
 * this class as loaded by the JVM's system class loader, which every Quarkus start shares and nothing closes:
 * {@link #settings} is called through that loader, and only JDK types cross between the two. The tests of every
 * profile share one database, as the tests of one profile always have.
 */
public final class SharedStack {

    private static CompletableFuture<Map<String, String>> running;

    private SharedStack() {
    }

    /**
     * The application's settings for the shared stack, from whatever class loader: started by this call if it is the
     * first. {@code testPort} is the port the service under test listens on (the realm must accept it).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, String> settingsFromAnyLoader(int testPort) {
        try {
            Class<?> shared = Class.forName(SharedStack.class.getName(), true, ClassLoader.getSystemClassLoader());
            return (Map<String, String>) shared.getMethod("settings", int.class).invoke(null, testPort);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the shared test stack is not on the system class path", e);
        }
    }

    /** Only through {@link #settingsFromAnyLoader}: in this class as the system class loader loaded it. */
    public static synchronized Map<String, String> settings(int testPort) {
        if (running == null || running.isCompletedExceptionally()) {
            running = new CompletableFuture<>();
            try {
                running.complete(start(testPort));
            } catch (RuntimeException e) {
                running.completeExceptionally(e);
            }
        }
        return running.join();
    }

    private static Map<String, String> start(int testPort) {
        Path keycloakHome = Path.of(required("portal.keycloak.home"));
        Path log = Path.of("target", "keycloak-test.log").toAbsolutePath();
        Database database = null;
        KeycloakServer keycloak = null;
        SmtpSink smtp = null;
        try {
            Path realm = TestRealm.acceptingPort(Path.of(required("portal.realm.file")), testPort,
                    Path.of("target", "test-realm").toAbsolutePath());
            var startingKeycloak = CompletableFuture.supplyAsync(() -> {
                try {
                    try {
                        return KeycloakServer.start(keycloakHome, realm, FreePorts.next(), FreePorts.next(), log);
                    } catch (KeycloakServer.Exited once) {
                        System.out.println("Keycloak ended before it was ready; starting it once more on new ports. "
                                + once.getMessage());
                        return KeycloakServer.start(keycloakHome, realm, FreePorts.next(), FreePorts.next(), log);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Keycloak did not start", e);
                }
            });
            database = Database.temporary(FreePorts.next());
            smtp = SmtpSink.start(FreePorts.next());
            keycloak = startingKeycloak.join();
        } catch (Exception e) {
            stop(database, keycloak, smtp);
            throw new IllegalStateException("The test stack did not start", e);
        }
        Database startedDatabase = database;
        KeycloakServer startedKeycloak = keycloak;
        SmtpSink startedSmtp = smtp;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(startedDatabase, startedKeycloak, startedSmtp),
                "portal-test-stack-stop"));
        Map<String, String> settings = new java.util.HashMap<>(database.serviceSettings());
        settings.putAll(Map.of(
                "portal.keycloak.url", keycloak.url(),
                "quarkus.mailer.host", "localhost",
                "quarkus.mailer.port", String.valueOf(smtp.port()),
                "portal.audit.checkpoint-file", checkpointFileBeside("shared")));
        return Map.copyOf(settings);
    }

    /**
     * A checkpoint file for this run's database (the audit chain's anchor outside it): new with the database, as the
     * two belong together; a file from an earlier run would name seals this database never had.
     */
    static String checkpointFileBeside(String databaseName) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(Path.of("target", "audit-checkpoints"));
            java.nio.file.Path file = dir.resolve(databaseName + "-" + ProcessHandle.current().pid() + ".jsonl");
            java.nio.file.Files.deleteIfExists(file);
            return file.toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no place for the audit checkpoint file", e);
        }
    }

    private static void stop(Database database, KeycloakServer keycloak, SmtpSink smtp) {
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

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the tests through Maven (./mvnw verify)");
        }
        return value;
    }
}
