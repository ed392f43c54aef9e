package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;


/**
 * The languages in a real browser, every page checked with axe-core (AccessibilityCheckedChrome): a survivor chooses
 * اردو with the language link and sends what happened with a receipt code through to their case page, right to left,
 * with the quick exit in view and working; and Cymraeg chosen on one page stays chosen across pages and through the
 * sign-in, until English is chosen again. Bundles not yet translated show in English (Qute's fallback for a bundle
 * without the language's file), so the words checked are the language bundle's, and every other bundle's once its
 * file is there.
 */
@QuarkusTest
class LanguageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    private static Properties words(String file) throws IOException {
        Properties words = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("messages/" + file + ".properties")) {
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return words;
    }

    private String attribute(String name) {
        return browser.findElement(By.tagName("html")).getAttribute(name);
    }

    /** Clicks and waits for the next page (the clicked element gone with the old one). */
    private void next(String id) {
        WebElement clicked = browser.findElement(By.id(id));
        clicked.click();
        wait.until(ExpectedConditions.stalenessOf(clicked));
    }

    private void assertUrdu(String page) throws IOException {
        assertEquals("ur", attribute("lang"), page);
        assertEquals("rtl", attribute("dir"), page);
        assertEquals(words("language_ur").getProperty("drafted_notice"),
                browser.findElement(By.id("translation-drafted")).getText(), page);
        assertEquals("زبان", browser.findElement(By.id("language-link")).getAttribute("aria-label"), page);
        Properties layout = words("layout_ur");
        if (layout.containsKey("skip_to_content")) {
            assertEquals(layout.getProperty("skip_to_content"),
                    browser.findElement(By.className("govuk-skip-link")).getAttribute("textContent").strip(), page);
        }
    }

    /** The quick exit is shown, and in the top-left corner: GOV.UK's top right, mirrored. */
    private void assertQuickExitInViewOnTheLeft(String page) {
        WebElement exit = browser.findElement(By.id("quick-exit"));
        assertTrue(exit.isDisplayed(), page);
        Rectangle at = exit.getRect();
        long width = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.clientWidth")).longValue();
        assertTrue(at.getY() < 100, page + ": at the top, " + at.getY());
        assertTrue(at.getX() + at.getWidth() < width / 2, page + ": on the left, " + at.getX() + " of " + width);
    }

    @Test
    void aSurvivorChoosesUrduAndSendsWhatHappenedWithAReceiptCodeRightToLeft() throws Exception {
        browser = Browsers.chromium(true);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, "/"));
        assertEquals("en-GB", attribute("lang"));
        next("language-ur");
        assertUrdu("start");
        assertQuickExitInViewOnTheLeft("start");
        Browsers.screenshot(browser, "urdu-start");

        next("start-without-account");
        assertUrdu("receipt start");
        next("get-code");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        assertUrdu("receipt code");
        browser.findElement(By.id("saved")).click();
        next("continue");

        String account = "میں آپ کو بتانا چاہتی ہوں کہ کیا ہوا۔";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account"))).sendKeys(account);
        assertUrdu("question 1");
        Browsers.screenshot(browser, "urdu-question-1");
        next("continue");
        for (int step = 2; step <= 4; step++) {
            assertUrdu("question " + step);
            next("continue");
        }
        next("continue");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertUrdu("question 5 with an error");
        Browsers.screenshot(browser, "urdu-error-summary");
        browser.findElement(By.id("noContact")).click();
        next("continue");
        next("continue");
        browser.findElement(By.id("ethnicity-PREFER_NOT_TO_SAY")).click();
        next("continue");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
        assertUrdu("check answers");
        next("send");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        assertUrdu("case");
        assertEquals(account, browser.findElement(By.id("account-text")).getText());
        if (!words("mycase_ur").isEmpty()) {
            String main = browser.findElement(By.id("main-content")).getText();
            assertTrue(main.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count() > account.length(),
                    "the case page's own words are Urdu too");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-govuk-exit-this-page-init] #quick-exit")));
        assertQuickExitInViewOnTheLeft("case");
        Browsers.screenshot(browser, "urdu-case");

        browser.findElement(By.id("quick-exit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("neutral-page")));
    }

    @Test
    void welshChosenOnOnePageStaysThroughTheSignInUntilEnglishIsChosen() throws Exception {
        browser = Browsers.chromium(true);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, "/charter"));
        next("language-cy");
        assertTrue(browser.getCurrentUrl().endsWith("/charter"), "back on the page it was chosen on");
        assertEquals("cy", attribute("lang"));
        assertEquals("ltr", attribute("dir"));
        assertEquals(words("language_cy").getProperty("drafted_notice"),
                browser.findElement(By.id("translation-drafted")).getText());

        browser.findElement(By.id("footer-cookies")).click();
        wait.until(ExpectedConditions.urlContains("/cookies"));
        assertEquals("cy", attribute("lang"), "another page");
        assertTrue(browser.findElement(By.id("cookies")).getText()
                .contains(words("language_cy").getProperty("cookie_purpose")));

        browser.get(Browsers.url(base, "/my/cases"));
        // The sign-in is Keycloak's page: the portal's choice reaches it (ui_locales), not only the browser's language.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertEquals("cy", attribute("lang"), "Keycloak's sign-in page");
        assertTrue(browser.getPageSource().contains("Mewngofnodi i’ch cyfrif"), "Keycloak's sign-in in Welsh");
        Browsers.signInOnKeycloak(browser, wait, "survivor1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        assertEquals("cy", attribute("lang"), "after signing in");
        assertEquals("Iaith", browser.findElement(By.id("language-link")).getAttribute("aria-label"));

        next("language-en");
        assertEquals("en-GB", attribute("lang"));
        assertTrue(browser.findElements(By.id("translation-drafted")).isEmpty());
        browser.findElement(By.id("footer-privacy")).click();
        wait.until(ExpectedConditions.urlContains("/privacy"));
        assertEquals("en-GB", attribute("lang"), "English stays chosen");
        assertEquals("Language", browser.findElement(By.id("language-link")).getAttribute("aria-label"));
    }
}
