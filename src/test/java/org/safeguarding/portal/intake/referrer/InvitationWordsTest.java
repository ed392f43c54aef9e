package org.safeguarding.portal.intake.referrer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The invitation's words: every key in each shipped language (English, Welsh, Urdu, Polish), each text keeping the
 * placeholders of its English, and the survivor's tab titles neutral in every language (a title shows in the tab, the
 * history and the task switcher, where someone else may see it), as layout's survivor titles are held neutral.
 */
class InvitationWordsTest {

    private static final List<String> LANGUAGES = List.of("cy", "ur", "pl");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");
    private static final Pattern TELLING = Pattern.compile("abuse|safeguard|exploit|violen|assault|rape|sexual|victim"
            + "|survivor|harm|danger|risk|police|crime|domestic|trafficking|grooming|invitation", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = { "invitation", "referreraccess" })
    void everyLanguageHasEveryKeyWithItsPlaceholders(String bundle) throws IOException {
        Properties english = load(bundle);
        for (String language : LANGUAGES) {
            Properties translated = load(bundle + "_" + language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
                    bundle + "_" + language);
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)),
                        bundle + "_" + language + ": " + key);
                assertFalse(translated.getProperty(key).isBlank(), key);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "invitation", "invitation_cy", "invitation_ur", "invitation_pl" })
    void theSurvivorsTitlesSayNothingAboutWhatTheServiceIsFor(String file) throws IOException {
        Properties words = load(file);
        List<String> titles = words.stringPropertyNames().stream()
                .filter(key -> key.startsWith("invitation_title_survivor_")).toList();
        assertEquals(4, titles.size(), file);
        for (String key : titles) {
            assertFalse(TELLING.matcher(words.getProperty(key)).find(), file + ": " + key + " is not neutral");
        }
        assertTrue(TELLING.matcher("Your invitation").find(), "the rule catches what it is for");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(match -> found.add(match.group()));
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties words = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages/" + file
                + ".properties")), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }
}
