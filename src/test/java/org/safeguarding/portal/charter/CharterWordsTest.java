package org.safeguarding.portal.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The charter's words follow the page's language from {@code charter-v<n>-words_<code>.properties}; English stays the
 * published JSON's. The made-up languages zz (complete) and zy (lacking C3) are test resources.
 */
class CharterWordsTest {

    private static final String TITLE = "The Survivor's Charter";
    private static final String C1 = "We will let you know we have received what you told us, in the way you said is "
            + "safe, by the end of the next working day.";

    @Test
    void aLanguageWithWordsShowsThemAndEnglishIsTheJsonsOwn() {
        assertEquals("ZZ " + TITLE, CharterWords.inLanguage(TITLE, Locale.forLanguageTag("zz")));
        assertEquals("ZZ " + C1, CharterWords.inLanguage(C1, Locale.forLanguageTag("zz-GB")));
        assertEquals(C1, CharterWords.inLanguage(C1, Locale.UK));
        assertEquals(C1, CharterWords.inLanguage(C1, null));
    }

    @Test
    void aLanguageWithoutWordsShowsTheCharterInEnglishWhole() {
        assertEquals(C1, CharterWords.inLanguage(C1, Locale.forLanguageTag("fr")));
    }

    @Test
    void aWordsFileThatLacksAPromiseIsRefusedNotMixed() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> CharterWords.inLanguage(C1, Locale.forLanguageTag("zy")));
        assertEquals("charter/charter-v1-words_zy.properties has no C3.text", refused.getMessage());
    }
}
