package org.safeguarding.portal.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The languages the portal offers, from its one status file ({@code messages/languages.properties}, docs/languages.md):
 * which are shipped, in what order, each one's own name, direction and review status. English is always first: it is
 * what a page falls back to when nothing else is asked for.
 */
@ApplicationScoped
public class Languages {

    public static final String STATUS_FILE = "messages/languages.properties";

    private final List<Language> shipped;

    @Inject
    Languages(@ConfigProperty(name = "portal.languages.status-file", defaultValue = STATUS_FILE) String file) {
        this(read(file));
    }

    /** From the status file's entries (tests read the real file with {@link #read}). */
    public Languages(Properties status) {
        List<Language> all = new ArrayList<>();
        for (String code : status.getProperty("shipped", "").split(",")) {
            if (!code.isBlank()) {
                all.add(language(status, code.trim()));
            }
        }
        if (all.isEmpty() || !all.get(0).isEnglish()) {
            throw new IllegalStateException(STATUS_FILE + ": shipped must start with en, the fallback");
        }
        this.shipped = Collections.unmodifiableList(all);
    }

    public List<Language> shipped() {
        return shipped;
    }

    public Language english() {
        return shipped.get(0);
    }

    /** A shipped language by its code, exactly ({@code cy}); anything else is not one. */
    public Optional<Language> byCode(String code) {
        return shipped.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The shipped language a locale asks for, by its language alone ({@code cy-GB} finds {@code cy}). */
    public Optional<Language> of(Locale locale) {
        return locale == null ? Optional.empty() : byCode(locale.getLanguage());
    }

    /**
     * The best shipped language for an {@code Accept-Language} header, by its q-values (RFC 9110 12.5.4): ranges are
     * tried from the most wanted down, each by its primary language ({@code cy-GB;q=0.9} asks for {@code cy});
     * {@code q=0} means "not this one" and {@code *} adds nothing to English, the fallback. Unparseable: empty.
     */
    public Optional<Language> bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException unparseable) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0 || range.getRange().startsWith("*")) {
                continue;
            }
            String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
            Optional<Language> found = byCode(primary);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The status file's entries, read as UTF-8 (the languages' own names are not Latin-1). */
    public static Properties read(String file) {
        return WordFiles.read(file).orElseThrow(() -> new IllegalStateException("no language status file " + file));
    }

    private static Language language(Properties status, String code) {
        String name = required(status, code, "name");
        String dir = required(status, code, "dir");
        if (!dir.equals("ltr") && !dir.equals("rtl")) {
            throw new IllegalStateException(STATUS_FILE + ": " + code + ".dir must be ltr or rtl");
        }
        Language.Status state = Language.Status.valueOf(required(status, code, "status").toUpperCase(Locale.ROOT));
        return new Language(code, name, dir.equals("rtl"), state, status.getProperty(code + ".drafted-by", ""),
                status.getProperty(code + ".drafted-on", ""), status.getProperty(code + ".reviewed-by", ""),
                status.getProperty(code + ".reviewed-on", ""));
    }

    private static String required(Properties status, String code, String field) {
        String value = status.getProperty(code + "." + field, "").trim();
        if (value.isEmpty()) {
            throw new IllegalStateException(STATUS_FILE + ": " + code + "." + field + " is missing");
        }
        return value;
    }
}
