package org.safeguarding.portal.notes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Flags victim-blaming words in a caseworker's note before it is saved (charter C8: the account in the survivor's
 * own words, without blaming language). The list is data, not code: {@code notes/language-check.txt}, or a file
 * the council supplies ({@code portal.language-check.file}).
 */
@ApplicationScoped
public class LanguageCheck {

    static final String BUILT_IN = "/notes/language-check.txt";

    /** One listed phrase: a stable id (stored with a flagged note), the phrase, and why it is flagged. */
    public record Term(String id, String phrase, String reason, Pattern pattern) {
    }

    private final List<Term> terms;

    @Inject
    LanguageCheck(@ConfigProperty(name = "portal.language-check.file") Optional<String> file) throws IOException {
        this(file.isPresent() ? Files.readString(Path.of(file.get()), StandardCharsets.UTF_8) : builtIn());
    }

    LanguageCheck(String list) {
        this.terms = parse(list);
        if (terms.isEmpty()) {
            throw new IllegalStateException("the language-check list is empty");
        }
    }

    /** The listed phrases the text contains, in list order. */
    public List<Term> flag(String text) {
        List<Term> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (Term term : terms) {
            if (term.pattern().matcher(text).find()) {
                found.add(term);
            }
        }
        return found;
    }

    public List<Term> terms() {
        return terms;
    }

    private static List<Term> parse(String list) {
        List<Term> parsed = new ArrayList<>();
        for (String line : list.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\|", 3);
            if (parts.length != 3) {
                throw new IllegalStateException("language-check line is not 'id | phrase | reason': " + trimmed);
            }
            String phrase = parts[1].strip().toLowerCase(Locale.UK);
            // Whole words, any case, any run of spaces between the words of a phrase.
            String regex = "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}\\p{N}])";
            parsed.add(new Term(parts[0].strip(), phrase, parts[2].strip(), Pattern.compile(regex)));
        }
        return List.copyOf(parsed);
    }

    private static String builtIn() throws IOException {
        try (InputStream in = LanguageCheck.class.getResourceAsStream(BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
