package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.TestClock;

/**
 * A survivor without an account, in a real browser, with the service's clock moved on instead of waiting: one who
 * keeps working for longer than the idle window is not cut off (the cookie has no expiry of its own; the server
 * slides the window on each request), and one who leaves the page alone past it is told the session ended and how to
 * come back with the code.
 */
@QuarkusTest
class AnonymousSessionBrowserTest {

    /** The idle window as configured (30 minutes). */
    @ConfigProperty(name = "portal.security.receipt-session-idle")
    Duration idle;

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestClock clock;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.chromium(true);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        clock.reset();
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    /** Gets a receipt code, confirms it is saved, and returns it with question 1 in view. */
    private String startWithoutAccount() {
        browser.get(Browsers.url(base, "/receipt/start"));
        browser.findElement(By.id("get-code")).click();
        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code"))).getText();
        browser.findElement(By.id("saved")).click();
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account")));
        return code;
    }

    @Test
    void aSurvivorWhoKeepsWorkingForLongerThanTheIdleWindowIsNotCutOff() throws Exception {
        startWithoutAccount();
        Instant opened = clock.instant();
        StringBuilder account = new StringBuilder("Written over a while " + UUID.randomUUID());
        browser.findElement(By.id("account")).sendKeys(account);
        int saves = 0;
        while (Duration.between(opened, clock.instant()).compareTo(idle.multipliedBy(3).dividedBy(2)) < 0) {
            browser.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 2 of 7"));
            saves++;
            clock.advance(idle.dividedBy(3));
            browser.findElement(By.id("back")).click();
            String more = " and then " + saves;
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account"))).sendKeys(more);
            account.append(more);
        }
        assertTrue(Duration.between(opened, clock.instant()).compareTo(idle) > 0, "worked past the idle window");

        // The next posts still succeed: the rest of the questions, then sending.
        browser.findElement(By.id("continue")).click();
        for (int step = 2; step <= 4; step++) {
            wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question " + step + " of 7"));
            browser.findElement(By.id("continue")).click();
        }
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 5 of 7"));
        browser.findElement(By.id("noContact")).click();
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 6 of 7"));
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 7 of 7"));
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        assertEquals(account.toString(), browser.findElement(By.id("account-text")).getText());
        assertTrue(saves >= 3, "saved " + saves + " times while working");
    }

    @Test
    void aPageLeftAlonePastTheIdleWindowSaysTheSessionEndedAndHowToComeBack() throws Exception {
        String code = startWithoutAccount();
        browser.findElement(By.id("account")).sendKeys("Saved before the pause");
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 2 of 7"));
        browser.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account"))).sendKeys(", typed after it");
        clock.advance(idle.plusSeconds(1));
        browser.findElement(By.id("continue")).click();

        String expired = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("expired"))).getText();
        assertTrue(expired.contains("we closed your session") && expired.contains("receipt code"), expired);
        assertTrue(browser.getCurrentUrl().contains("/receipt/come-back"), browser.getCurrentUrl());
        Browsers.screenshot(browser, "anonymous-session-ended");
        browser.findElement(By.id("receiptCode")).sendKeys(code);
        browser.findElement(By.id("open")).click();
        wait.until(ExpectedConditions.urlContains("/my/cases"));
        browser.get(Browsers.url(base, "/my/tell-us/1"));
        assertEquals("Saved before the pause",
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account"))).getAttribute("value"));
    }
}
