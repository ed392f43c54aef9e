package org.safeguarding.portal.web.language;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every page follows the language: the person's choice (the language link's cookie) over the browser's
 * Accept-Language over English; {@code <html lang dir>} say which; the footer says a drafted translation awaits
 * review; the JSON API stays English.
 */
@QuarkusTest
class LanguagePagesTest {

    private static Properties words(String file) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("messages/" + file + ".properties")) {
            Properties words = new Properties();
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return words;
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    @Test
    void withNothingAskedForAPageIsInEnglish() {
        given().get("/charter").then().statusCode(200)
                .body(containsString("<html lang=\"en-GB\" dir=\"ltr\""))
                .body(containsString("aria-label=\"Language\""))
                .body(not(containsString("id=\"translation-drafted\"")));
    }

    @Test
    void theBrowsersLanguageIsFollowedByItsQValues() throws IOException {
        given().header("Accept-Language", "fr;q=0.9, cy-GB;q=0.8, en;q=0.5").get("/charter").then().statusCode(200)
                .body(containsString("<html lang=\"cy\" dir=\"ltr\""))
                .body(containsString("aria-label=\"Iaith\""))
                .body(containsString(escaped(words("language_cy").getProperty("drafted_notice"))));
        given().header("Accept-Language", "ur-PK").get("/charter").then().statusCode(200)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\""));
        given().header("Accept-Language", "cy;q=0, de").get("/charter").then().statusCode(200)
                .body(containsString("<html lang=\"en-GB\" dir=\"ltr\""));
    }

    @Test
    void theLanguageLinkRemembersTheChoiceAndReturnsToThePage() {
        Response chosen = given().redirects().follow(false).queryParam("choose", "ur").queryParam("return", "/charter")
                .get("/language");
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.header("Location").endsWith("/charter"), chosen.header("Location"));
        String cookie = chosen.header("Set-Cookie");
        assertTrue(cookie.startsWith("portal_lang=ur;"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertTrue(!cookie.contains("Max-Age") && !cookie.contains("Expires"), "gone when the browser closes: " + cookie);

        // The choice beats the browser's language.
        given().cookie("portal_lang", "ur").header("Accept-Language", "cy").get("/charter").then().statusCode(200)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\""))
                .body(containsString("aria-label=\"زبان\""));
        // A cookie naming no shipped language is ignored.
        given().cookie("portal_lang", "xx").header("Accept-Language", "pl").get("/charter").then().statusCode(200)
                .body(containsString("<html lang=\"pl\" dir=\"ltr\""));
    }

    @Test
    void everyPageOffersEachLanguageInItsOwnNameReturningToItself() {
        String page = given().get("/cookies").then().statusCode(200).extract().asString();
        for (String option : List.of(
                "href=\"/language?choose=cy&amp;return=%2Fcookies\" lang=\"cy\" hreflang=\"cy\" id=\"language-cy\">Cymraeg</a>",
                "href=\"/language?choose=ur&amp;return=%2Fcookies\" lang=\"ur\" hreflang=\"ur\" id=\"language-ur\">اردو</a>",
                "href=\"/language?choose=pl&amp;return=%2Fcookies\" lang=\"pl\" hreflang=\"pl\" id=\"language-pl\">Polski</a>",
                "lang=\"en-GB\" aria-current=\"true\">English</span>")) {
            assertTrue(page.contains(option), option);
        }
        // The cookies page lists the language cookie, in the page's language.
        assertTrue(page.contains("<code class=\"portal-cookie-name\">portal_lang</code>"), "listed");
        assertTrue(page.contains("Remembers the language you chose with the language link"));
        given().cookie("portal_lang", "pl").get("/cookies").then().statusCode(200)
                .body(containsString("Zapamiętuje język wybrany za pomocą linku wyboru języka"));
    }

    @Test
    void onlyALocalPathIsAReturnAndAnUnknownLanguageIsRefused() {
        for (String away : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
            Response chosen = given().redirects().follow(false).queryParam("choose", "cy")
                    .queryParam("return", away).get("/language");
            assertEquals(303, chosen.statusCode());
            assertTrue(chosen.header("Location").matches("http://[^/]+/"), chosen.header("Location"));
        }
        given().redirects().follow(false).queryParam("choose", "xx").get("/language").then().statusCode(400)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        given().redirects().follow(false).get("/language").then().statusCode(400);
    }

    /**
     * Once a language's bundles are merged, a page in it shows their words, not English: checked for every bundle
     * file present in each language (on a branch without them, the language bundle's own words above show it).
     */
    @Test
    void aPageInAChosenLanguageShowsThatLanguagesWordsWhereverItHasThem() throws IOException {
        for (String code : List.of("cy", "ur", "pl")) {
            Properties layout = words("layout_" + code);
            Properties charter = words("charter_" + code);
            String page = given().cookie("portal_lang", code).get("/charter").then().statusCode(200).extract()
                    .asString();
            if (layout.containsKey("skip_to_content")) {
                assertTrue(page.contains(escaped(layout.getProperty("skip_to_content"))), code + " layout");
            }
            if (charter.containsKey("charter_intro")) {
                assertTrue(page.contains(escaped(charter.getProperty("charter_intro"))), code + " charter");
            }
            assertTrue(page.contains(escaped(words("language_" + code).getProperty("link_label"))), code);
        }
    }

    @Test
    void theQuickExitForgetsTheLanguageChosen() {
        Response left = given().redirects().follow(false).cookie("portal_lang", "ur").get("/quick-exit");
        assertEquals(303, left.statusCode());
        assertTrue(left.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("portal_lang=;") && c.contains("Max-Age=0")),
                left.headers().getValues("Set-Cookie").toString());
    }

    /** Keycloak's sign-in speaks the portal's language: the redirect to it carries ui_locales (the choice first). */
    @Test
    void theSignInRedirectAsksKeycloakForTheChosenLanguage() {
        assertEquals("cy", signInLocale(given().cookie("portal_lang", "cy").header("Accept-Language", "pl")));
        assertEquals("ur", signInLocale(given().header("Accept-Language", "ur-PK, en;q=0.5")));
        assertEquals("en", signInLocale(given().header("Accept-Language", "fr")));
    }

    private static String signInLocale(io.restassured.specification.RequestSpecification request) {
        String location = request.redirects().follow(false).get("/my/cases").then().statusCode(302).extract()
                .header("Location");
        assertTrue(location.contains("/protocol/openid-connect/auth?"), location);
        return java.util.Arrays.stream(location.substring(location.indexOf('?') + 1).split("&"))
                .filter(p -> p.startsWith("ui_locales=")).map(p -> p.substring("ui_locales=".length()))
                .findFirst().orElse("(none)");
    }

    /** An error page offers the languages too, but never repeats the refused address in its links. */
    @Test
    void anErrorPagesLanguageLinkReturnsHomeNotToTheRefusedAddress() {
        String marker = "refused" + System.nanoTime();
        given().get("/no-such-page/" + marker + "%27%22%3E").then().statusCode(404)
                .body(containsString("id=\"language-cy\"")).body(containsString("/language?choose=cy&amp;return=%2F"))
                .body(not(containsString(marker)));
    }

    /** The link returns to the page's path: what was typed into the address's query is not written back. */
    @Test
    void theLanguageLinkNeverRepeatsTheAddresssQuery() {
        String marker = "typed" + System.nanoTime();
        given().get("/charter?q=" + marker).then().statusCode(200)
                .body(containsString("/language?choose=cy&amp;return=%2Fcharter\"")).body(not(containsString(marker)));
    }

    @Test
    void theJsonApiStaysEnglishWhateverTheBrowserAsks() {
        given().header("Accept-Language", "cy").cookie("portal_lang", "ur").get("/api/v1/charter").then()
                .statusCode(200).body("title", equalTo("The Survivor's Charter"));
    }
}
