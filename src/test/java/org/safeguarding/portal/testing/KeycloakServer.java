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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

/**
 * A real Keycloak, from the distribution zip on Maven Central (unpacked by the build into .cache/), started as a
 * child process in dev mode with an in-memory database and the portal realm imported. Used by the tests (free
 * ports), by the local run (port 8180) and, with TLS and the production realm, by the acceptance suite.
 */
public final class KeycloakServer implements AutoCloseable {

    private final Process process;
    private final String url;
    private final Path log;

    private KeycloakServer(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    public static KeycloakServer start(Path home, Path realmFile, int httpPort, int managementPort, Path log)
            throws IOException, InterruptedException {
        KeycloakServer server = launch(home, realmFile, List.of("--http-port=" + httpPort,
                "--http-management-port=" + managementPort), Map.of(), "http://localhost:" + httpPort, log);
        server.awaitReady(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                URI.create("http://localhost:" + managementPort + "/health/ready"), Duration.ofSeconds(240));
        return server;
    }

    /**
     * Keycloak serving HTTPS, which a realm that requires TLS for every request (the production realm's
     * {@code sslRequired: all}) needs even on localhost. {@code keyStore} is a PKCS12 file with the server's key and
     * certificate, {@code trust} an SSL context that trusts it (to see when it is ready). {@code environment} fills
     * the realm file's placeholders and may replace the bootstrap admin.
     */
    public static KeycloakServer startWithTls(Path home, Path realmFile, int httpPort, int httpsPort,
            int managementPort, Path keyStore, String keyStorePassword, SSLContext trust,
            Map<String, String> environment, Path log) throws IOException, InterruptedException {
        KeycloakServer server = launch(home, realmFile, List.of("--http-port=" + httpPort,
                "--https-port=" + httpsPort, "--http-management-port=" + managementPort,
                "--https-key-store-file=" + keyStore, "--https-key-store-password=" + keyStorePassword),
                environment, "https://localhost:" + httpsPort, log);
        // The management interface takes the main server's TLS settings, so its health check is on https too.
        server.awaitReady(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).sslContext(trust).build(),
                URI.create("https://localhost:" + managementPort + "/health/ready"), Duration.ofSeconds(240));
        return server;
    }

    private static KeycloakServer launch(Path home, Path realmFile, List<String> listeners,
            Map<String, String> environment, String url, Path log) throws IOException {
        Path launcher = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + " (run ./mvnw generate-test-resources, which unpacks it from Maven Central)");
        }
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, importDir.resolve("portal-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(log.getParent());

        // The same build options every time (db, health), so Keycloak re-augments only after a fresh unpack.
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "start-dev"));
        command.addAll(listeners);
        command.addAll(List.of("--import-realm", "--health-enabled=true", "--db=dev-mem"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // The quick JIT and the serial collector (after kc.sh's own -XX:+UseG1GC, which they replace): on two cores
        // shared with the build, Keycloak is ready in about 19 s instead of about 31 s (median of 5 starts each under
        // load); its work in a test run (token grants, sign-ins) measured no slower.
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -XX:-UseG1GC -XX:+UseSerialGC");
        // The development realm's portal-web secret is ${PORTAL_WEB_CLIENT_SECRET:<the public dev value>} (for the
        // compose trial); one exported in the developer's shell must not reach it, the portal's tests use the dev value.
        builder.environment().remove("PORTAL_WEB_CLIENT_SECRET");
        builder.environment().remove("PORTAL_ACCOUNTS_CLIENT_SECRET");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        KeycloakServer server = new KeycloakServer(builder.start(), url, log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    public String url() {
        return url;
    }

    private void awaitReady(HttpClient http, URI health, Duration timeout) throws InterruptedException {
        URI realm = URI.create(url() + "/realms/portal/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new Exited("Keycloak exited with " + process.exitValue() + "; see " + log + ", which ends:\n"
                        + tail(log, 15));
            }
            if (answersOk(http, health) && answersOk(http, realm)) {
                return;
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log);
    }

    /**
     * Keycloak ended by itself before it was ready (seen once under load, on a port another process may have taken
     * between FreePorts and Keycloak's bind): a caller may start it once more on new ports.
     */
    public static final class Exited extends IllegalStateException {
        Exited(String message) {
            super(message);
        }
    }

    /** The last lines of a log, for a failure message (the log itself is overwritten by the next start). */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
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
