package org.safeguarding.portal.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import org.safeguarding.portal.area.AreaCatalogue;

/**
 * The words inside the board's tables ({@code messages/board-tables.properties}): titles, captions, row and column
 * labels, notes and the legend. A missing word stops the close rather than publishing a key.
 */
@ApplicationScoped
public class TableLabels {

    private final Properties words = new Properties();
    private final AreaCatalogue areas;

    TableLabels(AreaCatalogue areas) {
        this.areas = areas;
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("messages/board-tables.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String key) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("board-tables.properties has no " + key);
        }
        return text;
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
