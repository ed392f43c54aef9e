package org.safeguarding.portal.acceptance;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged service's log as the prod profile writes it: one JSON object a line (quarkus-logging-json), the
 * request's correlation id in {@code mdc.correlationId}.
 */
final class JsonLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLog() {
    }

    /** Every line of the log as a JSON object; fails on the first line that is not one. */
    static List<JsonNode> lines(String log) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode parsed = JSON.readTree(line);
                if (parsed == null || !parsed.isObject()) {
                    throw new AssertionError("Not a JSON object: " + line);
                }
                lines.add(parsed);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not a JSON log line: " + line, e);
            }
        }
        return lines;
    }

    /**
     * The log as text to search for what must never be in it: the raw lines, then every string value of every JSON
     * line decoded, so a value JSON escapes (a {@code /} or {@code "} in it) is still found.
     */
    static String searchable(String log) {
        StringBuilder text = new StringBuilder(log);
        for (String line : log.split("\n")) {
            try {
                JsonNode parsed = JSON.readTree(line);
                if (parsed != null) {
                    appendValues(parsed, text);
                }
            } catch (JsonProcessingException notJson) {
                // Already in the raw text.
            }
        }
        return text.toString();
    }

    private static void appendValues(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append('\n').append(node.textValue());
        }
        node.forEach(child -> appendValues(child, text));
    }

    /** The line's message ({@code message}). */
    static String message(JsonNode line) {
        return line.path("message").asText("");
    }

    /** The correlation id the line carries, or null. */
    static String correlationId(JsonNode line) {
        JsonNode id = line.path("mdc").path("correlationId");
        return id.isTextual() ? id.textValue() : null;
    }
}
