package org.safeguarding.portal.security.badinput;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request that asks before sending its body ({@code Expect: 100-continue}), made over a plain socket the way
 * RFC 9110 section 10.1.1 asks of a client: send the head; on "100 Continue" send the body and read the answer; a
 * final answer that comes first is the answer (the body is never sent, and the connection is closed); and if nothing
 * has come within {@link #GO_AHEAD_WAIT}, send the body anyway.
 * <p>
 * Why not {@code java.net.http.HttpClient}: on JDK 17 it waits for ever when the server answers such a request with
 * its final status straight away (JDK-8286171, fixed in JDK 20). The service does exactly that, as the RFC allows, on
 * every route that reads no body (a page fetched with a body, for one): the "unanswered requests" this suite once
 * reported on the receipt pages were that client's wait, not the service's (web/UnreadableRequestsTest shows the
 * service's answer on the wire).
 */
final class AskingFirst {

    static final Duration GO_AHEAD_WAIT = Duration.ofSeconds(1);

    private AskingFirst() {
    }

    /** A status line and headers as read; the body follows on the stream. */
    private record Head(int status, List<Map.Entry<String, String>> headers) {

        String first(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
        }
    }

    /** What came back, with every Set-Cookie, or why nothing did (status -1). */
    record Exchange(Answer answer, List<String> setCookies) {
    }

    static Exchange send(URI root, String method, String target, Map<String, String> headers, byte[] body,
            Duration patience) {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(root.getHost()).append(':').append(root.getPort()).append("\r\n")
                    .append("Expect: 100-continue\r\nConnection: close\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();

            socket.setSoTimeout((int) GO_AHEAD_WAIT.toMillis());
            Head first;
            try {
                first = readHead(in);
            } catch (SocketTimeoutException silent) {
                first = null; // no word within the wait: the RFC lets the client go on regardless
            }
            socket.setSoTimeout((int) patience.toMillis());
            if (first == null || first.status() == 100) {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException refusedMidway) {
                    // The service may answer and close while the body is still going (413): its answer is still read.
                }
                first = readHead(in);
            }
            while (first.status() > 100 && first.status() < 200) {
                first = readHead(in); // another interim answer (103 Early Hints, say): the final one follows
            }
            String text = new String(readBody(in, first), StandardCharsets.UTF_8);
            return new Exchange(new Answer(first.status(), first.first("Location"), text), first.all("Set-Cookie"));
        } catch (SocketTimeoutException e) {
            return new Exchange(new Answer(-1, null, "no answer within " + patience.toSeconds() + " s"), List.of());
        } catch (IOException e) {
            return new Exchange(new Answer(-1, null, String.valueOf(e)), List.of());
        }
    }

    private static Head readHead(InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
            }
        }
        return new Head(status, headers);
    }

    /** The body by its declared length, in chunks, or up to the close (the request said Connection: close). */
    private static byte[] readBody(InputStream in, Head head) throws IOException {
        String length = head.first("Content-Length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length));
        }
        String encoding = head.first("Transfer-Encoding");
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return in.readAllBytes();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(readLine(in)); size > 0; size = chunkSize(readLine(in))) {
            body.write(in.readNBytes(size));
            readLine(in); // the line break after each chunk
        }
        for (String trailer = readLine(in); trailer != null && !trailer.isEmpty(); trailer = readLine(in)) {
            // trailers, if any, are not needed
        }
        return body.toByteArray();
    }

    private static int chunkSize(String line) throws IOException {
        if (line == null) {
            throw new IOException("the answer ended inside a chunked body");
        }
        return Integer.parseInt(line.split(";", 2)[0].trim(), 16);
    }

    /** One line of the head, without its CRLF; null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
