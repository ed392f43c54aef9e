package org.safeguarding.portal.security.origin;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every line logged while a request is served carries the request's correlation id in the log's context (the JSON
 * logs' {@code mdc.correlationId}), on the event loop and on worker threads alike, and each request its own.
 */
@QuarkusTest
class CorrelationIdInLogContextTest {

    private static final Pattern LOGGED_ID = Pattern.compile("correlation[= ]([0-9a-f-]{36})");

    /** Each record's message and the correlation id in the log context when it was published. */
    static final class ContextCapture extends Handler implements AutoCloseable {
        record Line(String message, String correlationId) {
        }

        final List<Line> lines = new ArrayList<>();

        ContextCapture() {
            Logger.getLogger("").addHandler(this);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            String id = record instanceof ExtLogRecord ext ? ext.getMdc(RequestOrigin.LOG_KEY) : null;
            String message = String.valueOf(record.getMessage());
            if (record.getParameters() != null) {
                message = String.format(message.replace("%n", "\n"), record.getParameters());
            }
            lines.add(new Line(message, id));
        }

        synchronized List<Line> containing(String text) {
            return lines.stream().filter(line -> line.message().contains(text)).toList();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            Logger.getLogger("").removeHandler(this);
        }
    }

    @Test
    void aSecurityEventLoggedOnTheEventLoopCarriesItsRequestsId() {
        try (ContextCapture log = new ContextCapture()) {
            given().get("/api/v1/me/cases").then().statusCode(401);
            List<ContextCapture.Line> events = log.containing("security-event kind=unauthenticated");
            assertFalse(events.isEmpty(), "the refused request is logged");
            ContextCapture.Line event = events.get(events.size() - 1);
            assertEquals(idIn(event.message()), event.correlationId(), event.message());
        }
    }

    @Test
    void anErrorLoggedOnAWorkerThreadCarriesTheIdItsProblemShows() {
        try (ContextCapture log = new ContextCapture()) {
            String shown = given().get("/api/v1/test-only/failure").then().statusCode(500).extract()
                    .path("correlationId");
            List<ContextCapture.Line> errors = log.containing("[correlation " + shown + "]");
            assertEquals(1, errors.size(), "one error line");
            assertEquals(shown, errors.get(0).correlationId());
        }
    }

    @Test
    void twoRequestsNeverShareAnId() {
        try (ContextCapture log = new ContextCapture()) {
            given().get("/api/v1/me/cases").then().statusCode(401);
            given().get("/api/v1/me/cases").then().statusCode(401);
            List<String> ids = log.containing("security-event kind=unauthenticated").stream()
                    .map(ContextCapture.Line::correlationId).toList();
            assertEquals(2, ids.size(), ids.toString());
            assertNotNull(ids.get(0));
            assertFalse(ids.get(0).equals(ids.get(1)), ids.toString());
        }
    }

    private static String idIn(String message) {
        Matcher found = LOGGED_ID.matcher(message);
        return found.find() ? found.group(1) : null;
    }
}
