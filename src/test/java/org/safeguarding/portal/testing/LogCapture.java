package org.safeguarding.portal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the service logs while it is open (the JBoss log manager is JUL underneath, so a handler on the
 * root logger sees every record), for tests that prove nothing sensitive reaches a log.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** The embedded database server's own log, forwarded by the test harness; production keeps it elsewhere. */
    private static final String DATABASE_SERVER_LOG = "io.zonky";

    private final List<String> lines = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLoggerName() != null && record.getLoggerName().startsWith(DATABASE_SERVER_LOG)) {
            return;
        }
        StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(" | ").append(parameter);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            line.append(" | ").append(t);
        }
        lines.add(line.toString());
        categories.add(String.valueOf(record.getLoggerName()));
    }

    /** Every captured line that contains the text. */
    public synchronized List<String> linesContaining(String text) {
        return lines.stream().filter(l -> l.contains(text)).toList();
    }

    /** Every captured line logged to the category (a logger name, as {@code portal.security}). */
    public synchronized List<String> linesOf(String category) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (categories.get(i).equals(category)) {
                found.add(lines.get(i));
            }
        }
        return found;
    }

    /** Every captured line. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized int size() {
        return lines.size();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
