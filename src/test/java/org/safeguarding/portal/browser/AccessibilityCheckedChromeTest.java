package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The browser tests' Chromium checks every page of the portal's layout it shows with axe-core's WCAG 2.2 AA rules,
 * with scripts on or off, and the test fails when it quits: shown here on pages made to fail (no service needed).
 */
class AccessibilityCheckedChromeTest {

    private static final String PORTAL_PAGE = "<!DOCTYPE html><html lang='en' class='govuk-template'><head>"
            + "<title>t</title></head><body><main><h1>A page</h1>%s<a id='next' href='%s'>next</a></main></body></html>";

    private static String page(String body, String next) throws IOException {
        Path file = Files.createTempFile("checked", ".html");
        Files.writeString(file, String.format(PORTAL_PAGE, body, next));
        return file.toUri().toString();
    }

    @ParameterizedTest(name = "scripts on: {0}")
    @ValueSource(booleans = { true, false })
    void aSeriousViolationOnAnyPageShownFailsTheTestWhenTheBrowserQuits(boolean javascript) throws Exception {
        WebDriver browser = Browsers.chromium(javascript);
        String second = page("<img src='data:,'>", "#");
        browser.get(page("<p>Fine</p>", second));
        assertEquals(1, ((AccessibilityCheckedChrome) browser).pagesChecked(), "the first page is checked");
        // A page reached by a click, not named by the test, is checked too.
        browser.findElement(By.id("next")).click();
        assertEquals(2, ((AccessibilityCheckedChrome) browser).pagesChecked());
        AssertionError failure = assertThrows(AssertionError.class, () -> Browsers.quit(browser));
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
        assertTrue(failure.getMessage().contains("axe-core 4.14.1"), failure.getMessage());
    }

    @Test
    void pagesOutsideThePortalsLayoutAreNotItsToFix() throws Exception {
        WebDriver browser = Browsers.chromium(true);
        Path file = Files.createTempFile("unchecked", ".html");
        Files.writeString(file, "<html><body><img src='data:,'></body></html>");
        browser.get(file.toUri().toString());
        assertEquals(0, ((AccessibilityCheckedChrome) browser).pagesChecked());
        Browsers.quit(browser);
    }

    @Test
    void theRulesAreWcag2aToWcag22AaAndBestPractice() {
        assertEquals("['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']", Browsers.AXE_RULES);
    }
}
