package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

import org.safeguarding.portal.testing.Tokens;

/**
 * A caseworker in a real browser: signs in on Keycloak, finds a new case in the queue, and from the record's links,
 * each action on its own page, claims it, screens it (a missing answer first), moves it to ASSIGNED, writes a note,
 * sends a message, agrees the contact frequency, proposes an onward referral and moves it on, and acknowledges the
 * survivor's complaint, and every link and form target it can reach works with its session; then the survivor signs in and reads the new status in plain words, and the
 * charter's promises with their dates, those the caseworker's actions kept shown as kept.
 */
@QuarkusTest
class CaseworkerBrowserJourneyTest {

    @TestHTTPResource("/")
    URL base;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    WebDriver browser;
    WebDriverWait wait;
    String reference;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    @Test
    void caseworkerClaimsScreensAssignsAndNotesAndTheSurvivorSeesTheNewStatus() throws Exception {
        var submitted = new Tokens(keycloakUrl).as("survivor1").body(Map.of("account", "Caseworker journey account",
                "contactPlan", Map.of("channels", List.of("PORTAL")), "consents", Map.of("health", "GRANTED"),
                "currentRisk", true))
                .post("/api/v1/referrals").then().statusCode(201).extract();
        String id = submitted.path("id");
        reference = submitted.path("reference");
        // The survivor complains: the caseworker acknowledges it from its own page (a records request is answered by
        // releasing the survivor's copy, RecordsCopyBrowserTest).
        new Tokens(keycloakUrl).as("survivor1").body(java.util.Map.of("text", "Nobody rang me back"))
                .post("/api/v1/me/cases/" + id + "/complaints").then().statusCode(201);

        browser.get(Browsers.url(base, "/casework?unassigned=true&risk=UNSCREENED"));
        Browsers.signInOnKeycloak(browser, wait, "caseworker1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        screenshot("queue");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "the queue page is accessible");
        browser.findElement(By.linkText(reference)).click();
        // The record is a summary with a link to each action; each action is its own page, and back to the record.
        action("action-claim", "claim");
        browser.findElement(By.id("claim")).click();
        wait.until(ExpectedConditions.textToBe(By.id("assignee"), "Amira"));
        done("claim");

        move("ACKNOWLEDGED");
        move("SCREENING");
        action("action-screening", "save-screening");
        browser.findElement(By.id("subjectType-ADULT_NON_RECENT")).click();
        browser.findElement(By.id("learningDisability")).click();
        browser.findElement(By.id("risk-LOW")).click();
        browser.findElement(By.id("policeReferral-SURVIVOR_DECLINED")).click();
        browser.findElement(By.id("classification-EXPLOITATION")).click();
        // Immediate danger left unanswered: the page says so, and keeps every answer given.
        browser.findElement(By.id("save-screening")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertTrue(browser.findElement(By.id("risk-LOW")).isSelected(), "the answers given are kept");
        assertTrue(browser.findElement(By.id("learningDisability")).isSelected(), "the facts ticked are kept");
        screenshot("screening-error");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser),
                "an action page with its error summary is accessible");
        browser.findElement(By.id("immediateDanger-no")).click();
        browser.findElement(By.id("save-screening")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening-summary")));
        done("screening");
        assertTrue(browser.findElement(By.id("screened-risk")).getText().startsWith("Medium"),
                "a learning disability is never Low: " + browser.findElement(By.id("screened-risk")).getText());
        move("ASSIGNED");
        screenshot("record");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "the record page is accessible");

        action("action-note", "save-note");
        browser.findElement(By.id("note-text")).sendKeys("Screened with her; she wants support from an ISVA first.");
        browser.findElement(By.id("save-note")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("note-list")));
        done("note");
        assertTrue(browser.findElement(By.id("note-list")).getText().contains("support from an ISVA first"));

        action("action-message", "send-message");
        browser.findElement(By.id("text")).sendKeys("Hello from your worker.");
        browser.findElement(By.id("send-message")).click();
        done("message");

        action("action-contact-frequency", "save-contact-every");
        browser.findElement(By.id("days")).sendKeys("14");
        browser.findElement(By.id("save-contact-every")).click();
        done("contact_frequency");
        assertEquals("14", browser.findElement(By.id("contact-every")).getText());

        action("action-onward", "propose-onward");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("partner"))).selectByValue("HEALTH");
        browser.findElement(By.id("propose-onward")).click();
        done("onward");
        browser.findElement(By.cssSelector("a[id^='update-onward-']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("update-onward")));
        browser.findElement(By.id("status-SENT")).click();
        browser.findElement(By.id("update-onward")).click();
        done("onward_status");
        assertEquals("SENT", browser.findElement(By.cssSelector("[data-partner='HEALTH']")).getAttribute("data-status"));

        browser.findElement(By.cssSelector("a[id^='answer-']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-request")));
        browser.findElement(By.id("answer-request")).click();
        done("request");
        assertEquals(0, browser.findElements(By.cssSelector("a[id^='answer-']")).size(), "nothing left to answer");

        // Every link and form on every page the caseworker reaches works with this browser's session. A colleague's
        // case in the queue answers 403 with the "why do you need to open this case" form: designed, not broken.
        LinkWalk walk = new LinkWalk(browser, base).accepting(403, "/casework/cases/{id}");
        List<String> broken = walk.walk("/casework/escalations", "/casework/break-glass");
        System.out.println(walk.summary());
        assertEquals(List.of(), broken, "links that fail for a signed-in caseworker");

        for (String page : List.of("/casework/escalations", "/casework/break-glass")) {
            browser.get(Browsers.url(base, page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), page + " is accessible");
        }

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        browser.get(Browsers.url(base, "/my/cases/" + id));
        Browsers.signInOnKeycloak(browser, wait, "survivor1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
        assertEquals("You have a named worker", browser.findElement(By.id("case-status")).getText());
        assertEquals("Amira", browser.findElement(By.id("worker")).getText());
        // The charter's promises: each with its date, and the ones the caseworker's actions kept shown as kept.
        String acknowledged = browser.findElement(By.cssSelector("#commitments tr[data-commitment='C1']")).getText();
        assertTrue(acknowledged.contains("Kept"), "C1 kept once the hub acknowledged: " + acknowledged);
        String named = browser.findElement(By.cssSelector("#commitments tr[data-commitment='C2']")).getText();
        assertTrue(named.contains("Kept"), "C2 kept once a worker was assigned: " + named);
        String assessment = browser.findElement(By.cssSelector("#commitments tr[data-commitment='C4']")).getText();
        assertTrue(assessment.contains("Not yet due") && assessment.matches("(?s).*day \\d{1,2} [A-Z][a-z]+ \\d{4}.*"),
                "C4 running, with its due date: " + assessment);
        screenshot("survivor-sees-status");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser),
                "the survivor's case page, with its promises and forms, is accessible");
        browser.get(Browsers.url(base, "/charter"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("charter")));
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "the charter page is accessible");
    }

    /** Follows the record's link to an action page, which shows the case and a way back, and its form. */
    private void action(String link, String submit) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(link)));
        browser.findElement(By.id(link)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(submit)));
        assertTrue(browser.findElement(By.id("action-case")).getText().contains(reference),
                "the action page names the case");
        assertTrue(browser.findElement(By.id("back-to-record")).isDisplayed());
    }

    /** Back on the record after post-redirect-get, with the notification of what was done. */
    private void done(String action) {
        wait.until(ExpectedConditions.urlContains("done=" + action));
        assertTrue(browser.findElement(By.cssSelector(".govuk-notification-banner--success")).isDisplayed(),
                "the record says what was done: " + action);
    }

    private void move(String to) {
        action("action-move", "move");
        browser.findElement(By.id("to-" + to)).click();
        browser.findElement(By.id("move")).click();
        // The page is replaced after the move: an element read just before that is stale, so look again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", to));
        done("transition");
    }

    private void screenshot(String name) throws Exception {
        Browsers.screenshot(browser, "caseworker-" + name);
    }
}
