package org.safeguarding.portal.reporting;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.safeguarding.portal.core.WordFiles;
import org.safeguarding.portal.area.AreaCatalogue;

/**
 * The words inside the board's tables ({@code messages/board-tables.properties}): titles, captions, row and column
 * labels, notes and the legend. A missing word stops the close rather than publishing a key.
 * <p>The close publishes in English: a published table is the record of what was released, and the JSON API keeps
 * its English. {@link #in(Locale)} gives the same words in another language ({@code board-tables_<code>.properties})
 * for a page that shows them; a language with no file at all falls back to English whole, never key by key (a file
 * that lacks a key refuses it, and LanguageCompletenessTest keeps the shipped languages complete).
 */
@ApplicationScoped
public class TableLabels {

    private static final String FILE = "messages/board-tables";

    private final Properties words;
    private final AreaCatalogue areas;
    /** The English file's name without ".properties"; a language's is beside it with its code. */
    private final String base;
    private final String file;
    private final Map<String, TableLabels> languages = new ConcurrentHashMap<>();

    @Inject
    TableLabels(AreaCatalogue areas) {
        this(areas, FILE);
    }

    /** From words files elsewhere (tests: a made-up language must not sit in messages/, which Qute reads). */
    TableLabels(AreaCatalogue areas, String base) {
        this(areas, required(base + ".properties"), base, base + ".properties");
    }

    private TableLabels(AreaCatalogue areas, Properties words, String base, String file) {
        this.areas = areas;
        this.words = words;
        this.base = base;
        this.file = file;
    }

    /** The same labels in a language: its own file, or English whole where the language has none. */
    public TableLabels in(Locale locale) {
        String code = locale.getLanguage();
        if (code.equals("en") || code.isEmpty()) {
            return this;
        }
        return languages.computeIfAbsent(code, c -> {
            String translated = base + "_" + c + ".properties";
            Properties own = load(translated);
            return own == null ? this : new TableLabels(areas, own, base, translated);
        });
    }

    public String text(String key) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalStateException(file + " has no " + key);
        }
        return text;
    }

    private static Properties required(String resource) {
        Properties words = load(resource);
        if (words == null) {
            throw new IllegalStateException("no " + resource);
        }
        return words;
    }

    /** A words file, or null when there is none. */
    private static Properties load(String resource) {
        return WordFiles.read(resource).orElse(null);
    }

    /** A table's own word for a row or column key, or the shared one; a locality's or ward's name from the areas file. */
    public String cell(CatalogueTable table, String key) {
        String own = words.getProperty("cell_" + keyOf(table) + "_" + key);
        if (own != null) {
            return own;
        }
        var locality = areas.locality(key);
        if (locality.isPresent()) {
            return locality.get().name();
        }
        var ward = areas.ward(key);
        if (ward.isPresent()) {
            return ward.get().name();
        }
        return text("cell_" + key);
    }

    /** How a release is labelled on every table and page: the first release, or the annual re-base. */
    public String release(Release release) {
        return text(release == Release.FIRST ? "release_first" : "release_rebase");
    }

    public String table(CatalogueTable table, String part) {
        return text("table_" + keyOf(table) + "_" + part);
    }

    private static String keyOf(CatalogueTable table) {
        return table.id().replace('-', '_');
    }
}
