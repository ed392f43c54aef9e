package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The message bundle is plain UTF-8: Qute does not decode Java's backslash-u escapes, so people would see them. */
class MessageBundleTest {

    @Test
    void theBundleHasNoUnicodeEscapes() throws IOException {
        List<String> escaped = Files.readAllLines(Path.of("src/main/resources/messages/msg.properties"),
                StandardCharsets.UTF_8).stream().filter(line -> line.contains("\\u")).toList();
        assertEquals(List.of(), escaped, "write the character itself, not an escape");
    }
}
