package org.safeguarding.portal.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The board's table words in a language come from its own {@code board-tables_<code>.properties}; a language with no
 * file is English whole, and a key missing from a language's file is refused rather than shown in English. The
 * made-up language zz (one word) is a test resource, beside a copy of the English file (not in messages/, which Qute
 * reads as bundles).
 */
class TableLabelsLanguageTest {

    private final TableLabels english = new TableLabels(null, "reporting/board-tables");

    @Test
    void aLanguagesOwnFileGivesItsWords() {
        assertEquals("ZZ time", english.in(Locale.forLanguageTag("zz")).text("legend_time"));
    }

    @Test
    void aKeyMissingFromALanguagesFileIsRefusedNotShownInEnglish() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> english.in(Locale.forLanguageTag("zz")).text("legend_rounding"));
        assertEquals("reporting/board-tables_zz.properties has no legend_rounding", refused.getMessage());
    }

    @Test
    void aLanguageWithoutAFileIsEnglishWhole() {
        assertSame(english, english.in(Locale.forLanguageTag("fr")));
        assertSame(english, english.in(Locale.UK));
        assertEquals(english.text("legend_rounding"), english.in(Locale.forLanguageTag("fr")).text("legend_rounding"));
    }
}
