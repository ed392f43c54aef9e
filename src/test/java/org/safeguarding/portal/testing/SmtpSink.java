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
 */
public final class SmtpSink implements AutoCloseable {

    public static final Path FOLDER = Path.of("target", "smtp-sink").toAbsolutePath();

    private final ServerSocket server;
    private final AtomicInteger count = new AtomicInteger();

    private SmtpSink(ServerSocket server) {
        this.server = server;
    }

    public static SmtpSink start(int port) throws IOException {
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
                Thread session = new Thread(() -> converse(client), "smtp-sink-session");
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
