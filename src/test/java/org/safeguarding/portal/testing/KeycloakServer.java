package org.safeguarding.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak, from the distribution zip on Maven Central (unpacked by the build into .cache/), started as a
 * child process in dev mode with an in-memory database and the portal realm imported. Used by the tests (free
 * ports) and by the local run (port 8180).
 */
public final class KeycloakServer implements AutoCloseable {

    private final Process process;
    private final int httpPort;
    private final Path log;

    private KeycloakServer(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    public static KeycloakServer start(Path home, Path realmFile, int httpPort, int managementPort, Path log)
            throws IOException, InterruptedException {
        Path launcher = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + " (run ./mvnw generate-test-resources, which unpacks it from Maven Central)");
        }
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, importDir.resolve("portal-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(log.getParent());

        // The same build options every time (db, health), so Keycloak re-augments only after a fresh unpack.
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "start-dev",
                "--http-port=" + httpPort, "--http-management-port=" + managementPort, "--import-realm",
                "--health-enabled=true", "--db=dev-mem"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        KeycloakServer server = new KeycloakServer(builder.start(), httpPort, log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitReady(managementPort, Duration.ofSeconds(240));
        return server;
    }

    public String url() {
        return "http://localhost:" + httpPort;
    }

    private void awaitReady(int managementPort, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://localhost:" + managementPort + "/health/ready");
        URI realm = URI.create(url() + "/realms/portal/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            if (answersOk(http, health) && answersOk(http, realm)) {
                return;
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log);
    }

    private static boolean answersOk(HttpClient http, URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Stops Keycloak and everything it started, so no process outlives the tests or the local run. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
