package org.safeguarding.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak readiness check, against sockets of its own: DOWN when nothing listens, when something listens and
 * never answers (within its timeout, not the socket's), and when the answer is not a discovery document; UP for one.
 * (UP against the real Keycloak: OperationsEndpointsTest.)
 */
class IdentityProviderReadinessTest {

    private static final Duration TIMEOUT = Duration.ofMillis(800);

    private static IdentityProviderReadiness checkOn(int port) {
        return new IdentityProviderReadiness(URI.create("http://127.0.0.1:" + port + "/realms/portal"), TIMEOUT);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void downWhenNothingListens() throws Exception {
        HealthCheckResponse response = checkOn(closedPort()).call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(IdentityProviderReadiness.NAME, response.getName());
    }

    @Test
    void downWithinItsTimeoutWhenKeycloakHangs() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress("127.0.0.1", 0));
            Thread accepting = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        held.add(silent.accept()); // accepted, never answered
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            long started = System.nanoTime();
            HealthCheckResponse response = checkOn(silent.getLocalPort()).call();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertTrue(took.compareTo(TIMEOUT.multipliedBy(3)) < 0, "gave up after " + took);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void downWhenTheAnswerIsNotADiscoveryDocumentAndUpWhenItIs() throws Exception {
        assertEquals(HealthCheckResponse.Status.DOWN, answering("200 OK", "<html>Service unavailable</html>"));
        assertEquals(HealthCheckResponse.Status.DOWN, answering("503 Service Unavailable", "{\"issuer\":\"x\"}"));
        assertEquals(HealthCheckResponse.Status.UP,
                answering("200 OK", "{\"issuer\":\"http://127.0.0.1/realms/portal\"}"));
    }

    /** The check's status against a server that answers one request with this status line and body. */
    private static HealthCheckResponse.Status answering(String status, String body) throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            Thread answering = new Thread(() -> {
                try (Socket client = server.accept()) {
                    client.getInputStream().read(new byte[8192]);
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                            + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes);
                    out.flush();
                } catch (IOException ignored) {
                    // The check reports what it got.
                }
            });
            answering.setDaemon(true);
            answering.start();
            return checkOn(server.getLocalPort()).call().getStatus();
        }
    }
}
