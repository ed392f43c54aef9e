package org.safeguarding.portal.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.safeguarding.portal.core.Language;
import org.safeguarding.portal.core.Languages;

/** Which language a browser's Accept-Language asks for, and what the status file must say. */
class LanguagesTest {

    private final Languages four = new Languages(Languages.read(Languages.STATUS_FILE));

    private String best(String header) {
        return four.bestFor(header).map(Language::code).orElse("none");
    }

    @Test
    void theMostWantedShippedLanguageWinsByItsQValue() {
        assertEquals("cy", best("cy"));
        assertEquals("cy", best("cy-GB"));
        assertEquals("cy", best("fr;q=0.9, cy-GB;q=0.8, en;q=0.7"));
        assertEquals("pl", best("en;q=0.5, pl;q=0.9"));
        assertEquals("ur", best("ur-PK, en-GB;q=0.8"));
        assertEquals("en", best("en-US,en;q=0.9,cy;q=0.1"));
        assertEquals("en", best("EN-gb,cy"));
    }

    @Test
    void zeroMeansNotThisOneAndNothingUsableMeansTheFallback() {
        assertEquals("pl", best("cy;q=0, pl;q=0.1"));
        assertEquals("none", best("cy;q=0"));
        assertEquals("none", best("*"));
        assertEquals("none", best("fr, de;q=0.5"));
        assertEquals("none", best("not a language header ;;; q=x"));
        assertEquals("none", best(""));
        assertEquals("none", best(null));
        assertEquals("none", best("cy;q=0.5,".repeat(200)));
    }

    @Test
    void eachLanguageHasItsOwnNameDirectionAndLocale() {
        assertEquals(java.util.List.of("en", "cy", "ur", "pl"), four.shipped().stream().map(Language::code).toList());
        assertEquals("English", four.english().name());
        Language urdu = four.byCode("ur").orElseThrow();
        assertEquals("اردو", urdu.name());
        assertEquals("rtl", urdu.dir());
        assertEquals("ltr", four.byCode("cy").orElseThrow().dir());
        assertEquals("Cymraeg", four.byCode("cy").orElseThrow().name());
        assertEquals("Polski", four.byCode("pl").orElseThrow().name());
        assertEquals("en-GB", four.english().tag());
        assertEquals(Optional.of(four.byCode("cy").orElseThrow()), four.of(Locale.forLanguageTag("cy-GB")));
        assertEquals(Optional.empty(), four.byCode("CY"));
    }

    @Test
    void theShippedStatusFileStartsWithEnglishAndEveryLanguageIsDraftedOrReviewed() {
        Languages shipped = new Languages(Languages.read(Languages.STATUS_FILE));
        assertEquals("en", shipped.shipped().get(0).code());
        for (Language language : four.shipped()) {
            if (!language.isEnglish()) {
                assertEquals(Language.Status.DRAFTED, language.status(), language.code() + " is not reviewed yet");
            }
        }
    }

    @Test
    void aStatusFileWithoutEnglishFirstOrWithoutADirectionIsRefused() {
        Properties noEnglish = new Properties();
        noEnglish.setProperty("shipped", "cy");
        noEnglish.setProperty("cy.name", "Cymraeg");
        noEnglish.setProperty("cy.dir", "ltr");
        noEnglish.setProperty("cy.status", "drafted");
        assertThrows(IllegalStateException.class, () -> new Languages(noEnglish));
        Properties noDirection = new Properties();
        noDirection.setProperty("shipped", "en");
        noDirection.setProperty("en.name", "English");
        noDirection.setProperty("en.status", "source");
        assertThrows(IllegalStateException.class, () -> new Languages(noDirection));
    }

    @Test
    void onlyAPathOnThisSiteIsAReturnAddress() {
        assertEquals("/charter", LanguageResource.localOrHome("/charter"));
        assertEquals("/my/tell-us/3?x=1%20a", LanguageResource.localOrHome("/my/tell-us/3?x=1%20a"));
        assertEquals("/", LanguageResource.localOrHome("//evil.example/"));
        assertEquals("/", LanguageResource.localOrHome("/\\evil.example/"));
        assertEquals("/", LanguageResource.localOrHome("https://evil.example/"));
        assertEquals("/", LanguageResource.localOrHome("evil.example"));
        assertEquals("/", LanguageResource.localOrHome("/a\r\nSet-Cookie: x=y"));
        assertEquals("/", LanguageResource.localOrHome("/%zz"));
        assertEquals("/", LanguageResource.localOrHome(null));
        assertEquals("/", LanguageResource.localOrHome("/" + "a".repeat(2001)));
    }
}
