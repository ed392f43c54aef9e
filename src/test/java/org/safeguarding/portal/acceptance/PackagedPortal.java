package org.safeguarding.portal.acceptance;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.safeguarding.portal.testing.FreePorts;

/**
 * The packaged application ({@code java -jar target/quarkus-app/quarkus-run.jar}) as a child process, in its default
 * {@code prod} profile, configured only by the environment variables docs/deployment.md names. Its own environment
 * is not inherited, so nothing from the build's shell can stand in for a missing setting.
 */
final class PackagedPortal implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final String url;
    private final String managementUrl;

    private PackagedPortal(Process process, Path log, String url, String managementUrl) {
        this.process = process;
        this.log = log;
        this.url = url;
        this.managementUrl = managementUrl;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("portal.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged application at " + jar + ": run ./mvnw verify (it packages "
                    + "before the acceptance suite runs)");
        }
        return jar;
    }

    static PackagedPortal launch(int port, Map<String, String> environment, List<String> jvmOptions, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // The management interface (health, metrics, OpenAPI) on a port of its own, free unless the caller names one.
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(FreePorts.next()));
        builder.environment().putAll(environment);
        Files.createDirectories(log.getParent());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        PackagedPortal portal = new PackagedPortal(builder.start(), log, "http://localhost:" + port,
                "http://localhost:" + builder.environment().get("QUARKUS_MANAGEMENT_PORT"));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
        return portal;
    }

    /**
     * Waits for {@code /q/health/ready} on the management port; fails with the log's path if the service dies or
     * never gets there.
     */
    PackagedPortal awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(managementUrl + "/q/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The packaged portal exited with " + process.exitValue()
                        + " before it was ready; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The packaged portal was not ready within " + timeout + "; see " + log);
    }

    /** Waits for the process to end by itself; its exit code, or fails if it is still running after the timeout. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new IllegalStateException("The packaged portal was still running after " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    /** The operating system's id of the service's process (for its CPU time and resident memory in /proc). */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String url() {
        return url;
    }

    /** The management interface's base URL (health, metrics and OpenAPI under {@code /q/}), never public. */
    String managementUrl() {
        return managementUrl;
    }

    Path log() {
        return log;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
