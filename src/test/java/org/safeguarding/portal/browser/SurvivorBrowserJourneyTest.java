package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A survivor in a real browser (the system Chromium, driven by Selenium): signs in on the Keycloak login page,
 * submits an account with the plain form, sees it listed, walks every link and form target it can reach with its
 * session ({@link LinkWalk}), and leaves in a hurry with the quick-exit control.
 * Screenshots land in target/screenshots for a person to look at.
 *
 * <p>One browser and one sign-in for the class, as a person would use it: the journey signs in first, from the start
 * page; the other tests use that session (each signs in itself only when run alone), and signing out comes last.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurvivorBrowserJourneyTest {

    @TestHTTPResource("/")
    URL base;

    static WebDriver browser;
    static WebDriverWait wait;
    /** Whether {@link #browser} holds a survivor's sign-in. */
    static boolean signedIn;

    @BeforeEach
    void openBrowser() throws Exception {
        if (browser == null) {
            browser = Browsers.chromium();
            wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            signedIn = false;
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
            browser = null;
        }
    }

    /** The class's one sign-in, from the start page, if no test has signed in yet. */
    private void signedInAsASurvivor() {
        if (!signedIn) {
            browser.get(Browsers.url(base, "/"));
            browser.findElement(By.id("start-sign-in")).click();
            Browsers.signInOnKeycloak(browser, wait, "survivor1");
            wait.until(ExpectedConditions.urlContains("/my/cases"));
            signedIn = true;
        }
    }

    @Test
    @Order(1)
    void survivorSignsInSubmitsSeesItListedAndQuickExitsToTheNeutralPage() throws Exception {
        String account = "Browser journey account " + UUID.randomUUID();
        signedInAsASurvivor();

        browser.findElement(By.id("tell-us")).click();
        browser.findElement(By.id("account")).sendKeys(account);
        screenshot("tell-us");
        browser.findElement(By.id("continue")).click();
        // Who, age and risk now: left unanswered, as anyone may.
        for (int step = 2; step <= 4; step++) {
            wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question " + step + " of 7"));
            browser.findElement(By.id("continue")).click();
        }
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 5 of 7"));
        browser.findElement(By.id("channels-PORTAL")).click();
        screenshot("contact");
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 6 of 7"));
        browser.findElement(By.id("consent-ISVA-GRANTED")).click();
        browser.findElement(By.id("continue")).click();
        // About you: a select of wards grouped by locality, and radios; all optional.
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 7 of 7"));
        browser.findElement(By.id("sex-PREFER_NOT_TO_SAY")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ward"))).selectByValue("W03");
        screenshot("about-you");
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
        screenshot("check");
        browser.findElement(By.id("send")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        String reference = browser.findElement(By.id("reference")).getText();
        assertTrue(reference.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"), "a reference is shown: " + reference);
        assertEquals(account, browser.findElement(By.id("account-text")).getText());
        assertTrue(!browser.getCurrentUrl().contains("Browser"), "nothing typed appears in the address");
        screenshot("received");

        browser.get(Browsers.url(base, "/my/cases"));
        String listed = browser.findElement(By.id("my-cases")).getText();
        assertTrue(listed.contains(reference), "the new case is listed");
        assertTrue(listed.contains("Received"), "with its plain-language status");
        assertEquals("Your messages \u2013 Council services", browser.getTitle(), "a neutral tab title");
        screenshot("my-cases");

        // Every link and form on every page the survivor can reach from here works with this browser's session.
        LinkWalk walk = new LinkWalk(browser, base);
        java.util.List<String> broken = walk.walk();
        System.out.println(walk.summary());
        assertEquals(java.util.List.of(), broken, "links that fail for a signed-in survivor");

        // The quick exit ends the sign-in (QuickExitBrowserTest): the next test signs in again.
        signedIn = false;
        browser.findElement(By.id("quick-exit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("neutral-page")));
        assertTrue(browser.getCurrentUrl().endsWith("/static/neutral.html"), browser.getCurrentUrl());
    }

    /**
     * The timeout warning needs no script: it is hidden, then shown by CSS alone when its time comes. The browser's
     * animation clock is sped up (Chrome DevTools) so the 13 minutes pass in a moment.
     */
    @Test
    @Order(4)
    void theTimeoutWarningAppearsBeforeTheSignInIdlesOutWithoutAnyScript() throws Exception {
        signedInAsASurvivor();
        browser.get(Browsers.url(base, "/my/tell-us/1"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account")));
        assertTrue(!browser.findElement(By.id("timeout-warning")).isDisplayed(), "hidden at first");
        var devTools = (org.openqa.selenium.chromium.ChromiumDriver) browser;
        devTools.executeCdpCommand("Animation.enable", java.util.Map.of());
        devTools.executeCdpCommand("Animation.setPlaybackRate", java.util.Map.of("playbackRate", 2000));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("timeout-warning")));
            assertTrue(browser.findElement(By.id("timeout-warning")).getText().contains("Press the button below now"));
            screenshot("timeout-warning");
        } finally {
            // The browser goes on to the next test: its animation clock back to real time.
            devTools.executeCdpCommand("Animation.setPlaybackRate", java.util.Map.of("playbackRate", 1));
            devTools.executeCdpCommand("Animation.disable", java.util.Map.of());
        }
    }

    /**
     * Shift three times is GOV.UK Frontend's Exit this page (its indicator lights show the component is running), and
     * the portal's version replaces the page: the history does not grow, so Back cannot bring the page back.
     */
    @Test
    @Order(2)
    void pressingShiftThreeTimesLeavesTheSurvivorPageAtOnceWithoutLeavingItInTheHistory() {
        signedInAsASurvivor();
        browser.get(Browsers.url(base, "/home"));
        wait.until(ExpectedConditions.urlContains("/my/cases"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-govuk-exit-this-page-init] #quick-exit .govuk-exit-this-page__indicator")));
        long historyBefore = (Long) ((JavascriptExecutor) browser).executeScript("return history.length");
        signedIn = false;
        new Actions(browser).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT)
                .perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("neutral-page")));
        assertTrue(browser.getCurrentUrl().endsWith("/static/neutral.html"), browser.getCurrentUrl());
        assertEquals(historyBefore, ((JavascriptExecutor) browser).executeScript("return history.length"),
                "the survivor page was replaced, not left behind in the history");
    }

    /**
     * GOV.UK Frontend's script runs (it is never loaded on main before this): after a refused step the error summary
     * has the focus, so a screen reader reads the problem first, and the tab title says there is an error.
     */
    @Test
    @Order(3)
    void afterARefusedStepTheErrorSummaryHasTheFocus() throws Exception {
        signedInAsASurvivor();
        browser.get(Browsers.url(base, "/my/tell-us/5"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("safeTimes"))).sendKeys("evenings");
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        wait.until(driver -> "error-summary".equals(((JavascriptExecutor) driver)
                .executeScript("return document.activeElement && document.activeElement.id")));
        assertTrue(browser.findElement(By.tagName("body")).getAttribute("class").contains("govuk-frontend-supported"));
        assertEquals("Error: Question 5 of 7 \u2013 Council services", browser.getTitle());
        screenshot("error-summary-focused");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "the refused step is accessible");
    }

    @Test
    @Order(5)
    void signingOutEndsTheKeycloakSessionToo() {
        signedInAsASurvivor();
        browser.get(Browsers.url(base, "/home"));
        wait.until(ExpectedConditions.urlContains("/my/cases"));

        signedIn = false;
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        // Had only the portal's cookie gone, Keycloak would sign the person straight back in without a password.
        browser.get(Browsers.url(base, "/home"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
    }

    private void screenshot(String name) throws Exception {
        Browsers.screenshot(browser, "survivor-" + name);
    }
}
