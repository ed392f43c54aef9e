package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles are plain UTF-8 and small enough for the Qute build to handle. */
class MessageBundleTest {

    /** Qute does not decode Java's backslash-u escapes, so people would see them. */
    @ParameterizedTest
    @ValueSource(strings = {"msg", "staff", "charter", "about", "board", "board-tables", "layout"})
    void theBundlesHaveNoUnicodeEscapes(String bundle) throws IOException {
        List<String> escaped = Files.readAllLines(Path.of("src/main/resources/messages/" + bundle + ".properties"),
                StandardCharsets.UTF_8).stream().filter(line -> line.contains("\\u")).toList();
        assertEquals(List.of(), escaped, "write the character itself, not an escape");
    }

    /**
     * Quarkus 3.34 to 3.38 generate a resolver that fails bytecode verification (at start, as a VerifyError) for a
     * bundle of more than 300 messages, where a message keyed by an enum counts once per constant, wherever the method
     * sits in the interface (quarkusio/quarkus#55584, fixed by PR #55653; the releases served here, 3.36.1 and 3.38.1,
     * do not build this project and do not carry the fix). This says so before that happens. Add new pages' words to
     * another bundle.
     */
    @Test
    void eachBundleStaysWithinWhatTheBuildCanGenerate() {
        for (Class<?> bundle : List.of(Msg.class, StaffMsg.class, CharterMsg.class, AboutMsg.class, BoardMsg.class,
                LayoutMsg.class)) {
            long messages = Arrays.stream(bundle.getDeclaredMethods()).mapToLong(method -> method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isEnum() ? method.getParameterTypes()[0].getEnumConstants().length
                            : 1).sum();
            assertTrue(messages <= 280, bundle.getSimpleName() + " has " + messages + " messages; keep under 280");
        }
    }
}
