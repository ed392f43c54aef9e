package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.safeguarding.portal.core.Language;
import org.safeguarding.portal.core.Languages;

/**
 * Every shipped language (the status file's {@code shipped} line, messages/languages.properties) is complete: every
 * key of every English words file (each {@code messages/*.properties} without a language suffix, board-tables too,
 * and the charter's words) is in the language's file, not empty, with the same {@code {expressions}} as the English;
 * and no language has a file for a bundle that does not exist. A council adds a language by adding its files and its
 * line in the status file; this test then says what is left to translate.
 */
class LanguageCompletenessTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path CHARTER = Path.of("src/main/resources/charter");
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern TRANSLATION = Pattern.compile("(.+)_([a-z]{2,3})");
    private static final Pattern CHARTER_VERSION = Pattern.compile("charter-v([0-9]+)\\.json");

    /** A words file's name (without .properties) that carries a language suffix: {@code layout_cy}. */
    static boolean isTranslation(String name) {
        return TRANSLATION.matcher(name).matches();
    }

    @Test
    void everyShippedLanguageHasEveryKeyOfEveryBundleWithTheSameExpressions() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Language language : translatedLanguages()) {
            for (String bundle : englishBundles()) {
                Path file = MESSAGES.resolve(bundle + "_" + language.code() + ".properties");
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                problems.addAll(differences(file.toString(), load(MESSAGES.resolve(bundle + ".properties")),
                        load(file)));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyShippedLanguageHasTheCharterInItsWords() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Language language : translatedLanguages()) {
            for (Map.Entry<Integer, Properties> version : charterWordsInEnglish().entrySet()) {
                Path file = CHARTER.resolve("charter-v" + version.getKey() + "-words_" + language.code()
                        + ".properties");
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                problems.addAll(differences(file.toString(), version.getValue(), load(file)));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A translation of a bundle that is not there (renamed, removed, misspelt) would never be shown. */
    @Test
    void noLanguageHasAFileForABundleThatDoesNotExist() throws IOException {
        Set<String> bundles = new TreeSet<>(englishBundles());
        List<String> orphans = new ArrayList<>();
        for (String name : fileNames(MESSAGES)) {
            Matcher translation = TRANSLATION.matcher(name);
            if (translation.matches() && !bundles.contains(translation.group(1))) {
                orphans.add(name);
            }
        }
        Set<Integer> versions = charterWordsInEnglish().keySet();
        for (String name : fileNames(CHARTER)) {
            Matcher words = Pattern.compile("charter-v([0-9]+)-words_[a-z]{2,3}").matcher(name);
            if (words.matches() && !versions.contains(Integer.valueOf(words.group(1)))) {
                orphans.add(name);
            }
        }
        assertEquals(List.of(), orphans);
    }

    /** Every language that has any words file is in the status file, so it has a name, a direction and a status. */
    @Test
    void everyLanguageWithFilesIsInTheStatusFile() throws IOException {
        Properties status = Languages.read(Languages.STATUS_FILE);
        Set<String> codes = new TreeSet<>();
        for (String name : fileNames(MESSAGES)) {
            Matcher translation = TRANSLATION.matcher(name);
            if (translation.matches()) {
                codes.add(translation.group(2));
            }
        }
        for (String code : codes) {
            for (String field : List.of("name", "dir", "status")) {
                assertFalse(status.getProperty(code + "." + field, "").isBlank(), code + "." + field);
            }
        }
    }

    /** The checks themselves: each kind of gap is found. */
    @Test
    void theCheckFindsAMissingAnEmptyAnExtraKeyAndChangedExpressions() {
        Properties english = properties(Map.of("a", "Hello {name}", "b", "Bye", "c", "Case {reference}"));
        Properties translated = properties(Map.of("a", "Helo {enw}", "b", " ", "d", "Extra"));
        List<String> found = differences("x_cy", english, translated);
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("a:")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("b is empty")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("c is missing")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("d is not")), found.toString());
        assertEquals(List.of(), differences("x_cy", english,
                properties(Map.of("a", "{name}, helo", "b", "Hwyl", "c", "Achos {reference}"))));
    }

    /** This branch's own bundle is complete in all four languages, shipped or not yet. */
    @Test
    void theLanguageBundleIsCompleteInWelshUrduAndPolish() throws IOException {
        Properties english = load(MESSAGES.resolve("language.properties"));
        for (String code : List.of("cy", "ur", "pl")) {
            Path file = MESSAGES.resolve("language_" + code + ".properties");
            assertEquals(List.of(), differences(file.toString(), english, load(file)));
        }
    }

    static List<String> differences(String file, Properties english, Properties translated) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String words = translated.getProperty(key);
            if (words == null) {
                problems.add(file + ": " + key + " is missing");
            } else if (words.isBlank()) {
                problems.add(file + ": " + key + " is empty");
            } else if (!expressions(words).equals(expressions(english.getProperty(key)))) {
                problems.add(file + ": " + key + ": " + expressions(words) + " where English has "
                        + expressions(english.getProperty(key)));
            }
        }
        for (String key : new TreeSet<>(translated.stringPropertyNames())) {
            if (!english.containsKey(key)) {
                problems.add(file + ": " + key + " is not in English");
            }
        }
        return problems;
    }

    private static List<String> expressions(String words) {
        List<String> found = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(words);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    private static List<Language> translatedLanguages() {
        return new Languages(Languages.read(Languages.STATUS_FILE)).shipped().stream()
                .filter(l -> !l.isEnglish()).toList();
    }

    static List<String> englishBundles() throws IOException {
        return fileNames(MESSAGES).stream().filter(name -> !isTranslation(name) && !name.equals("languages"))
                .toList();
    }

    /** Each published charter version's English words, as its translations key them: title, C1.text, ... */
    private static Map<Integer, Properties> charterWordsInEnglish() throws IOException {
        Map<Integer, Properties> versions = new TreeMap<>();
        for (String name : fileNames(CHARTER, ".json")) {
            Matcher version = CHARTER_VERSION.matcher(name + ".json");
            if (!version.matches()) {
                continue;
            }
            JsonNode charter = new ObjectMapper().readTree(CHARTER.resolve(name + ".json").toFile());
            Properties words = new Properties();
            words.setProperty("title", charter.get("title").asText());
            for (JsonNode commitment : charter.get("commitments")) {
                words.setProperty(commitment.get("id").asText() + ".text", commitment.get("text").asText());
            }
            versions.put(Integer.valueOf(version.group(1)), words);
        }
        return versions;
    }

    private static List<String> fileNames(Path folder) throws IOException {
        return fileNames(folder, ".properties");
    }

    private static List<String> fileNames(Path folder, String suffix) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }

    private static Properties properties(Map<String, String> entries) {
        Properties words = new Properties();
        words.putAll(entries);
        return words;
    }
}
