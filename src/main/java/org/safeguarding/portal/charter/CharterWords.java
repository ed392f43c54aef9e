package org.safeguarding.portal.charter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import org.safeguarding.portal.core.WordFiles;

/**
 * The charter's words in the page's language: {@code {charter.words}} (its title), {@code {c.words}} (a promise).
 * English is the published JSON itself ({@code charter/charter-v<n>.json}, which binds cases and is never edited);
 * another language's words are in {@code charter/charter-v<n>-words_<code>.properties} ({@code title},
 * {@code C1.text}, ...). A language with no file for a version is shown that version in English, whole; a file that
 * lacks a promise is refused rather than mixing languages (LanguageCompletenessTest keeps shipped ones whole). The
 * API keeps the JSON's English.
 */
@TemplateExtension
public final class CharterWords {

    /** For each language, each English text (titles and promises of every version) and its translation. */
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private CharterWords() {
    }

    static String words(CharterDefinition charter, @TemplateAttribute("locale") Object locale) {
        return inLanguage(charter.title(), locale);
    }

    static String words(CharterDefinition.Commitment commitment, @TemplateAttribute("locale") Object locale) {
        return inLanguage(commitment.text(), locale);
    }

    static String words(CommitmentView commitment, @TemplateAttribute("locale") Object locale) {
        return inLanguage(commitment.text(), locale);
    }

    /** The English words in the language asked for, or the English where that language has no words files. */
    static String inLanguage(String english, Object locale) {
        if (!(locale instanceof Locale wanted) || wanted.getLanguage().equals("en")) {
            return english;
        }
        return BY_LANGUAGE.computeIfAbsent(wanted.getLanguage(), CharterWords::load).getOrDefault(english, english);
    }

    private static Map<String, String> load(String code) {
        Map<String, String> translations = new HashMap<>();
        for (int version = 1;; version++) {
            JsonNode charter = json("charter/charter-v" + version + ".json");
            if (charter == null) {
                return translations;
            }
            String file = "charter/charter-v" + version + "-words_" + code + ".properties";
            Properties words = properties(file);
            if (words == null) {
                continue;
            }
            translations.put(charter.get("title").asText(), required(words, "title", file));
            for (JsonNode commitment : charter.get("commitments")) {
                translations.put(commitment.get("text").asText(),
                        required(words, commitment.get("id").asText() + ".text", file));
            }
        }
    }

    private static String required(Properties words, String key, String file) {
        String text = words.getProperty(key);
        if (text == null || text.isBlank()) {
            throw new IllegalStateException(file + " has no " + key);
        }
        return text;
    }

    private static JsonNode json(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String resource) {
        return WordFiles.read(resource).orElse(null);
    }
}
