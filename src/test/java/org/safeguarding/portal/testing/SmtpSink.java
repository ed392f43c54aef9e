package org.safeguarding.portal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real SMTP listener for the tests: accepts what the service's mailer sends over TCP (no TLS, no auth) and writes
 * each message to a file in {@code target/smtp-sink/}, so tests read exactly what would have left the service.
 *
 * <p>It can also misbehave as relays do: {@link #hangAll()} or {@link #hangNext(int)} accept the TCP connection and
 * say nothing (not even the greeting) until {@link #answerAgain()}, when those connections are greeted late and go on
 * as usual, as an overloaded relay's would. (It does not drop them: the Vert.x mail client never ends a send whose
 * connection is closed before the greeting, and a send it starts at that moment can stall too. The service's lease
 * covers that, and {@code NeutralNoticeTest} proves the lease, but a test that dropped them would wait on chance.)
 * {@link #holdAcceptance()} takes a whole message but keeps its "250" (and its file) back until
 * {@link #releaseAcceptance()}. The switches are JVM-wide system properties, because the test stack that starts the
 * sink and the tests that steer it may be loaded by different class loaders. A test that flips one puts it back in a
 * {@code finally}: the sink serves every @QuarkusTest of the run.
 */
public final class SmtpSink implements AutoCloseable {

    public static final Path FOLDER = Path.of("target", "smtp-sink").toAbsolutePath();

    private final ServerSocket server;
    private final AtomicInteger count = new AtomicInteger();

    private SmtpSink(ServerSocket server) {
        this.server = server;
    }

    private static final String HANG = "portal.test.smtp.hang";
    private static final String HUNG = "portal.test.smtp.hung";
    private static final String HOLD = "portal.test.smtp.hold";
    private static final String HELD = "portal.test.smtp.held";

    /** Every new connection is accepted and never answered, until {@link #answerAgain()}. */
    public static void hangAll() {
        System.setProperty(HANG, "all");
    }

    /** The next {@code connections} new connections are accepted and never answered, until {@link #answerAgain()}. */
    public static void hangNext(int connections) {
        System.setProperty(HANG, String.valueOf(connections));
    }

    /** Answers every new connection again, and greets the hanging ones late. */
    public static void answerAgain() {
        System.clearProperty(HANG);
    }

    /** How many connections have been left hanging since the sink started. */
    public static int hungConnections() {
        return Integer.parseInt(System.getProperty(HUNG, "0"));
    }

    /** Each message is taken whole but not accepted (no "250", no file) until {@link #releaseAcceptance()}. */
    public static void holdAcceptance() {
        System.setProperty(HOLD, "true");
    }

    public static void releaseAcceptance() {
        System.clearProperty(HOLD);
    }

    /** How many messages have waited for acceptance since the sink started. */
    public static int heldMessages() {
        return Integer.parseInt(System.getProperty(HELD, "0"));
    }

    private static void increment(String counter) {
        synchronized (System.getProperties()) {
            System.setProperty(counter, String.valueOf(Integer.parseInt(System.getProperty(counter, "0")) + 1));
        }
    }

    /** Whether this new connection is to hang (counting down a {@link #hangNext(int)}). */
    private static boolean hangsThisConnection() {
        synchronized (System.getProperties()) {
            String hang = System.getProperty(HANG);
            if (hang == null) {
                return false;
            }
            if (!hang.equals("all")) {
                int left = Integer.parseInt(hang);
                if (left <= 0) {
                    return false;
                }
                System.setProperty(HANG, String.valueOf(left - 1));
            }
            System.setProperty(HUNG, String.valueOf(Integer.parseInt(System.getProperty(HUNG, "0")) + 1));
            return true;
        }
    }

    private static void waitWhile(String property) {
        while (System.getProperty(property) != null) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public static SmtpSink start(int port) throws IOException {
        for (String property : List.of(HANG, HUNG, HOLD, HELD)) {
            System.clearProperty(property);
        }
        Files.createDirectories(FOLDER);
        try (Stream<Path> old = Files.list(FOLDER)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        SmtpSink sink = new SmtpSink(new ServerSocket(port));
        Thread acceptor = new Thread(sink::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
        return sink;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Every message received so far, as its raw text (headers and body). */
    public static List<String> messages() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.sorted().map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                boolean hang = hangsThisConnection();
                Thread session = new Thread(() -> {
                    if (hang) {
                        waitWhile(HANG);
                    }
                    converse(client);
                }, "smtp-sink-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 sink ready");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 end with .");
                        StringBuilder message = new StringBuilder();
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            message.append(data.startsWith("..") ? data.substring(1) : data).append('\n');
                        }
                        if (System.getProperty(HOLD) != null) {
                            increment(HELD);
                            waitWhile(HOLD);
                        }
                        Files.writeString(FOLDER.resolve(String.format("%05d.eml", count.incrementAndGet())),
                                message.toString());
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException dropped) {
            // The client went away; nothing to keep.
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
