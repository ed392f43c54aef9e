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
 * A caseworker in a real browser: signs in on Keycloak, finds a new case in the queue, claims it, screens it, moves
 * it to ASSIGNED and writes a note, and every link and form target it can reach works with its session; then the survivor signs in and reads the new status in plain words, and the
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

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void caseworkerClaimsScreensAssignsAndNotesAndTheSurvivorSeesTheNewStatus() throws Exception {
        var submitted = new Tokens(keycloakUrl).as("survivor1").body(Map.of("account", "Caseworker journey account",
                "contactPlan", Map.of("channels", List.of("PORTAL")), "currentRisk", true))
                .post("/api/v1/referrals").then().statusCode(201).extract();
        String id = submitted.path("id");
        String reference = submitted.path("reference");

        browser.get(Browsers.url(base, "/casework?unassigned=true&risk=UNSCREENED"));
        Browsers.signInOnKeycloak(browser, wait, "caseworker1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        screenshot("queue");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "the queue page is accessible");
        browser.findElement(By.linkText(reference)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim")));
        browser.findElement(By.id("claim")).click();
        wait.until(ExpectedConditions.textToBe(By.id("assignee"), "Amira"));

        move("ACKNOWLEDGED");
        move("SCREENING");
        browser.findElement(By.id("subjectType-ADULT_NON_RECENT")).click();
        browser.findElement(By.id("immediateDanger-no")).click();
        browser.findElement(By.id("learningDisability")).click();
        browser.findElement(By.id("risk-LOW")).click();
        browser.findElement(By.id("policeReferral-SURVIVOR_DECLINED")).click();
        browser.findElement(By.id("classification-EXPLOITATION")).click();
        browser.findElement(By.id("save-screening")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening-summary")));
        assertTrue(browser.findElement(By.id("screened-risk")).getText().startsWith("Medium"),
                "a learning disability is never Low: " + browser.findElement(By.id("screened-risk")).getText());
        move("ASSIGNED");
        screenshot("record");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "the record page is accessible");

        browser.findElement(By.id("note-text")).sendKeys("Screened with her; she wants support from an ISVA first.");
        browser.findElement(By.id("save-note")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("note-list")));
        assertTrue(browser.findElement(By.id("note-list")).getText().contains("support from an ISVA first"));

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

    private void move(String to) {
        browser.findElement(By.id("to-" + to)).click();
        browser.findElement(By.id("move")).click();
        // The page is replaced after the move: an element read just before that is stale, so look again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", to));
    }

    private void screenshot(String name) throws Exception {
        Browsers.screenshot(browser, "caseworker-" + name);
    }
}
