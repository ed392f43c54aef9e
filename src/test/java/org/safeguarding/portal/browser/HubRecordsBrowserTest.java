package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 17 in a real browser, every page checked by axe-core: a caseworker records a phone referral from the queue's
 * link (a mistake first, shown with the error summary), and the record says who recorded it; a signed-in person tells
 * us about someone else through their own steps, changes an answer from "check your answers", and is shown the
 * reference and the proof only, the case not in their list.
 */
@QuarkusTest
class HubRecordsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        Browsers.quit(browser);
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    @Test
    void aCaseworkerRecordsAPhoneReferralFromTheQueue() throws Exception {
        browser = Browsers.chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, "/casework"));
        Browsers.signInOnKeycloak(browser, wait, "caseworker1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-referral-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-referral-form")));

        // Sent with no channel, time or teller: the form comes back with the error summary and what was typed.
        String account = "Rang at nine about her sister " + UUID.randomUUID();
        type("account", account);
        click("record-referral");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertTrue(browser.findElement(By.id("error-summary")).getText().contains("Say how the referral reached us"));
        assertEquals(account, browser.findElement(By.id("account")).getAttribute("value"));
        Browsers.screenshot(browser, "hub-record-errors");

        LocalDateTime nine = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(3);
        click("channel-PHONE");
        type("receivedAt-day", String.valueOf(nine.getDayOfMonth()));
        type("receivedAt-month", String.valueOf(nine.getMonthValue()));
        type("receivedAt-year", String.valueOf(nine.getYear()));
        type("time", nine.format(DateTimeFormatter.ofPattern("HH:mm")));
        click("toldBy-SURVIVOR");
        click("channels-PHONE");
        type("contactPlan.phone", "07700900321");
        Browsers.screenshot(browser, "hub-record-form");
        click("record-referral");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded-by")));
        String recorded = browser.findElement(By.id("recorded-by")).getText();
        assertTrue(recorded.startsWith("Recorded by") && recorded.contains("Phone call, received"), recorded);
        assertTrue(browser.getCurrentUrl().contains("/casework/cases/"));
        assertFalse(browser.getCurrentUrl().contains("Rang"), "nothing typed appears in the address");
        Browsers.screenshot(browser, "hub-recorded");
    }

    @Test
    void someoneElseTellsUsThroughTheirOwnStepsAndSeesOnlyTheReference() throws Exception {
        browser = Browsers.chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, "/"));
        click("start-sign-in");
        Browsers.signInOnKeycloak(browser, wait, "survivor2");
        wait.until(ExpectedConditions.urlContains("/my/cases"));
        browser.get(Browsers.url(base, "/my/tell-us/1"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account")));
        type("account", "A pupil is picked up from school by older men");
        click("continue");
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 2 of 7"));
        click("subject-SOMEONE_ELSE");
        click("continue");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referrer.name")));
        click("toldBy-SCHOOL");
        type("referrer.name", "Ms Ash");
        type("referrer.organisation", "Hill School");
        Browsers.screenshot(browser, "referrer-who");
        click("continue");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referrer.survivorName")));
        type("referrer.survivorName", "Pupil A");
        click("survivorAgeBand-AGE_13_15");
        click("survivorKnows-NO");
        Browsers.screenshot(browser, "referrer-survivor");
        click("continue");
        for (int step = 3; step <= 4; step++) {
            wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question " + step + " of 7"));
            click("continue");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contact-them")));
        click("channels-LETTER");
        click("continue");
        wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 7 of 7"));
        click("continue");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
        String answers = browser.findElement(By.id("answers")).getText();
        assertTrue(answers.contains("A school") && answers.contains("Ms Ash") && answers.contains("Pupil A"), answers);
        assertTrue(browser.findElements(By.cssSelector("a[href='/my/tell-us/6']")).isEmpty(), "no consents asked");
        // Change who they are: the change link opens that step with what was typed.
        browser.findElement(By.cssSelector("a[href='/my/tell-us/8']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referrer.name")));
        type("referrer.name", "Mrs Ash");
        click("continue");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referrer.survivorName")));
        browser.get(Browsers.url(base, "/my/tell-us/check"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
        assertTrue(browser.findElement(By.id("answers")).getText().contains("Mrs Ash"));
        click("send");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent-reference")));
        String reference = browser.findElement(By.id("sent-reference")).getText();
        assertTrue(reference.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"), reference);
        assertTrue(browser.findElements(By.id("sent-proof")).size() == 1, "the acknowledgement is shown");
        Browsers.screenshot(browser, "referrer-sent");
        click("sent-back");
        wait.until(ExpectedConditions.urlContains("/my/cases"));
        assertFalse(browser.getPageSource().contains(reference), "the case is not in the sender's list");
    }
}
