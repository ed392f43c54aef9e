package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Survivors in a real browser: the whole journey without an account with JavaScript on (every page checked with
 * axe-core on the way, and every link and form target walked with the receipt-code session), and the signed-in intake with JavaScript switched off.
 */
@QuarkusTest
class AnonymousBrowserJourneyTest {

    @TestHTTPResource("/")
    URL base;

    WebDriver browser;
    WebDriverWait wait;
    final List<String> accessibilityProblems = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    private void open(boolean javascript) throws Exception {
        browser = Browsers.chromium(javascript);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Runs the accessibility rules on the page in view and remembers what is serious or critical. */
    private void checkAccessibility(String page) throws Exception {
        for (String violation : Browsers.seriousAccessibilityViolations(browser)) {
            accessibilityProblems.add(page + " -> " + violation);
        }
    }

    @Test
    void theWholeJourneyWithoutAnAccountWorksAndEveryPageIsAccessible() throws Exception {
        open(true);
        String account = "<img src=x onerror=\"document.title='pwned'\"><script>alert('x')</script> "
                + UUID.randomUUID();
        browser.get(Browsers.url(base, "/"));
        checkAccessibility("start");
        browser.findElement(By.id("start-without-account")).click();
        checkAccessibility("receipt start");
        browser.findElement(By.id("get-code")).click();

        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code"))).getText();
        assertTrue(code.matches("[0-9]{4}( [0-9]{4}){4}"), code);
        checkAccessibility("receipt code");
        Browsers.screenshot(browser, "anonymous-code");
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        checkAccessibility("receipt code, not confirmed");
        browser.findElement(By.id("saved")).click();
        browser.findElement(By.id("continue")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account"))).sendKeys(account);
        checkAccessibility("question 1");
        browser.findElement(By.id("continue")).click();
        for (int step = 2; step <= 4; step++) {
            wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question " + step + " of 7"));
            checkAccessibility("question " + step);
            browser.findElement(By.id("continue")).click();
        }
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 5 of 7"));
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        checkAccessibility("question 5 with an error");
        browser.findElement(By.id("noContact")).click();
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 6 of 7"));
        checkAccessibility("question 6");
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 7 of 7"));
        checkAccessibility("question 7");
        browser.findElement(By.id("ethnicity-PREFER_NOT_TO_SAY")).click();
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
        checkAccessibility("check answers");
        browser.findElement(By.id("send")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        checkAccessibility("received");
        Browsers.screenshot(browser, "anonymous-received");
        // The script and the image in the account are text: no alert, no element, no changed title.
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(account, browser.findElement(By.id("account-text")).getText());
        assertTrue(browser.findElements(By.cssSelector("#account-text img, #account-text script")).isEmpty());
        assertEquals("What you sent us \u2013 Council services", browser.getTitle());
        String caseUrl = browser.getCurrentUrl().replace("?received=true", "");

        browser.findElement(By.id("leave")).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        checkAccessibility("signed out");
        browser.get(Browsers.url(base, "/receipt/come-back"));
        checkAccessibility("come back");
        browser.findElement(By.id("receiptCode")).sendKeys("0000 0000 0000 0000 0000");
        browser.findElement(By.id("open")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        checkAccessibility("come back, wrong code");
        browser.findElement(By.id("receiptCode")).sendKeys(code);
        browser.findElement(By.id("open")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-cases")));
        checkAccessibility("my cases");
        browser.get(caseUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-text")));
        checkAccessibility("case");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        browser.findElement(By.id("text")).sendKeys("A message from the browser");
        browser.findElement(By.id("send-message")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message-list")));
        checkAccessibility("case with a message");
        Browsers.screenshot(browser, "anonymous-case");
        browser.findElement(By.id("change-contact-plan")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save")));
        checkAccessibility("change contact plan");
        browser.get(caseUrl + "/consents");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save")));
        checkAccessibility("change consents");

        // Every link and form on every page the receipt-code session reaches works with that session (its "leave"
        // form is checked, not submitted; a sign-in link may go to Keycloak, as this session is not signed in).
        // The start page's "Sign in" (/home) takes a receipt-code session back to its case.
        browser.get(caseUrl);
        LinkWalk walk = new LinkWalk(browser, base).notSignedIn();
        List<String> broken = walk.walk();
        System.out.println(walk.summary());
        assertEquals(List.of(), broken, "links that fail for a receipt-code session");

        browser.get(Browsers.url(base, "/no/such/page"));
        checkAccessibility("not found");

        assertEquals(List.of(), accessibilityProblems, "serious or critical accessibility violations");

        // The caseworker sees the same account as text too, in their own browser.
        Browsers.quit(browser);
        open(true);
        browser.get(Browsers.url(base, "/home"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys("caseworker1");
        browser.findElement(By.id("password")).sendKeys("caseworker1");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/casework"));
        browser.get(caseUrl.replace("/my/cases/", "/casework/cases/"));
        assertEquals(account, wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-text"))).getText());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertTrue(browser.findElements(By.cssSelector("#account-text img, #account-text script")).isEmpty());
        assertTrue(browser.getTitle()
                .matches("Case record [A-Z2-9]{5}-[A-Z2-9]{5} \u2013 Casework \u2013 Council services"),
                browser.getTitle());
    }

    @Test
    void theIntakeWorksWithJavaScriptSwitchedOff() throws Exception {
        open(false);
        browser.get(Browsers.url(base, "/home"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys("survivor2");
        browser.findElement(By.id("password")).sendKeys("survivor2");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/my/cases"));

        browser.get(Browsers.url(base, "/my/tell-us/1"));
        String account = "Sent without JavaScript " + UUID.randomUUID();
        browser.findElement(By.id("account")).sendKeys(account);
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 2 of 7"));
        browser.get(Browsers.url(base, "/my/tell-us/5"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("channels-PORTAL"))).click();
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 6 of 7"));
        browser.findElement(By.id("continue")).click();
        // About you without JavaScript: the select and radios are plain form fields.
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 7 of 7"));
        browser.findElement(By.id("sex-FEMALE")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ward"))).selectByValue("OUTSIDE_AREA");
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-check_area")));
        assertEquals("Outside the council's area", browser.findElement(By.id("answer-check_area")).getText());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received")));
        assertEquals(account, browser.findElement(By.id("account-text")).getText());

        // Without JavaScript the quick exit is still a plain link to the neutral site.
        browser.findElement(By.id("quick-exit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("neutral-page")));
    }
}
