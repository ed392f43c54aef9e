package org.safeguarding.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The README's local run ({@code ./run-local}): PostgreSQL 17 with its data kept in {@code .cache/postgres-data},
 * Keycloak on 8180 with the development realm, and the service in dev mode on 8080. Waits for each to be ready,
 * prints where to go and how to sign in, and stops all three on Ctrl+C.
 *
 * <p>It lives with the tests because it starts the same real servers the tests do, from the same classes.
 */
public final class LocalStack {

    static final int POSTGRES_PORT = 5433;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 8190;
    static final int PORTAL_PORT = 8080;
    /** The portal's management interface (health, metrics, OpenAPI), as in production. */
    static final int PORTAL_MANAGEMENT_PORT = 9000;

    private final List<AutoCloseable> started = new ArrayList<>();
    private volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("user.dir"));
        LocalStack stack = new LocalStack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.start(root);
        } catch (Exception e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
        }
        Thread.currentThread().join();
    }

    private void start(Path root) throws Exception {
        Path cache = root.resolve(".cache");
        Path logs = Files.createDirectories(cache.resolve("logs"));
        Path keycloakHome = Path.of(required("portal.keycloak.home"));

        say("Starting PostgreSQL 17 on port " + POSTGRES_PORT + " (data in .cache/postgres-data) ...");
        Path data = cache.resolve("postgres-data");
        // The audit chain's checkpoints outside the database belong with its data: a new database, a new file.
        Path checkpoints = cache.resolve("audit-checkpoints.jsonl");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Files.deleteIfExists(checkpoints);
        }
        Database database = Database.persistent(POSTGRES_PORT, Files.createDirectories(data));
        started.add(database);

        say("Starting Keycloak on port " + KEYCLOAK_PORT + " with the development realm (about 20-60 s) ...");
        KeycloakServer keycloak = KeycloakServer.start(keycloakHome, root.resolve("keycloak-realm/portal-realm.json"),
                KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, logs.resolve("keycloak.log"));
        started.add(keycloak);

        say("Starting the portal in dev mode on port " + PORTAL_PORT + " (log: .cache/logs/portal.log) ...");
        Process portal = new ProcessBuilder(root.resolve("mvnw").toString(), "-B", "quarkus:dev",
                "-Dquarkus.console.enabled=false", "-Dquarkus.http.port=" + PORTAL_PORT,
                "-Dquarkus.management.port=" + PORTAL_MANAGEMENT_PORT,
                "-Dportal.audit.checkpoint-file=" + checkpoints,
                "-Ddebug=false")
                .directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(logs.resolve("portal.log").toFile())
                .start();
        started.add(() -> stopTree(portal));
        awaitReady(portal, URI.create("http://localhost:" + PORTAL_MANAGEMENT_PORT + "/q/health/ready"),
                Duration.ofMinutes(10),
                logs.resolve("portal.log"));

        say("""

                ------------------------------------------------------------------------------------------
                 The portal is running:   http://localhost:%d
                 Sign in (development realm only; the password is the user name):
                   survivor1, survivor2       survivor      submit an account, follow own cases
                   caseworker1, caseworker2   caseworker    triage queue, screening, workflow, referrals
                   board1                     board         board statistics (never a person)
                 Health, metrics, OpenAPI: http://localhost:%d/q/health, /q/metrics, /q/openapi
                 Keycloak:                http://localhost:%d  (admin console: admin / admin)
                 PostgreSQL:              localhost:%d, database portal: owner portal / portal (Flyway),
                                          the service as portal_app / portal_app
                 Logs:                    .cache/logs/portal.log and .cache/logs/keycloak.log
                 Press Ctrl+C to stop everything this started.
                ------------------------------------------------------------------------------------------
                """.formatted(PORTAL_PORT, PORTAL_MANAGEMENT_PORT, KEYCLOAK_PORT, POSTGRES_PORT));
        portal.onExit().thenRun(() -> {
            // Ctrl+C reaches the portal and this launcher together: only an exit of the portal on its own is news.
            pause(Duration.ofMillis(500));
            if (!stopping) {
                say("The portal stopped by itself (see .cache/logs/portal.log); stopping the rest.");
                System.exit(1);
            }
        });
    }

    private static void awaitReady(Process process, URI health, Duration timeout, Path log)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still compiling or starting.
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the portal was not ready within " + timeout + "; see " + log);
    }

    /** Stops in reverse order: the service first, so it never runs against a stopped database. */
    private synchronized void stop() {
        stopping = true;
        if (!started.isEmpty()) {
            say("Stopping the portal, Keycloak and PostgreSQL ...");
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Stopping " + started.get(i) + " failed: " + e);
            }
        }
        started.clear();
    }

    private static void stopTree(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: start the stack with ./run-local");
        }
        return value;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
