package org.safeguarding.portal.intake.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hub's bundle is shipped in every language the portal offers (Welsh, Urdu, Polish, drafts for a translator's
 * review): a key missing in one would show that page in English there, and a key only a translation has is a typo.
 */
class HubRecordsTranslationsTest {

    private static Set<String> keysOf(String file) throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages", file),
                StandardCharsets.UTF_8)) {
            words.load(in);
        }
        words.forEach((key, text) -> {
            if (text.toString().isBlank()) {
                throw new AssertionError(file + " has no words for " + key);
            }
        });
        return new TreeSet<>(words.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = { "cy", "ur", "pl" })
    void everyKeyIsTranslated(String language) throws IOException {
        assertEquals(keysOf("hubrecords.properties"), keysOf("hubrecords_" + language + ".properties"));
    }
}
