package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguarding.portal.reporting.close.PeriodClose;
import org.safeguarding.portal.reporting.ReportPeriod;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A board member in a real browser: signs in, picks a quarter, reads a table with its chart and opens the printable
 * report; axe finds nothing serious on any of them; every link and form on the board's pages works with the
 * browser's session ({@link LinkWalk}), the CSV and PDF downloads included. Then the same table with scripts off: the pages need none.
 * One browser and one sign-in: scripts are switched off in the same browser (Chrome DevTools) for the last page.
 */
@QuarkusTest
class BoardBrowserJourneyTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    DataSource dataSource;
    @Inject
    PeriodClose close;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    @Test
    void theBoardReadsAQuartersTablesAndReportWithoutScript() throws Exception {
        publishTheFirstQuarterOf2021();
        browser = Browsers.chromium();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(Browsers.url(base, "/board"));
        Browsers.signInOnKeycloak(browser, wait, "board1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("January to March 2021")));
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "/board");
        browser.findElement(By.linkText("January to March 2021")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-link")));
        browser.findElement(By.linkText("Survivors who came to us")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.govuk-table")));
        assertTrue(browser.findElement(By.cssSelector("caption")).getText().startsWith("Survivors who came to us"));
        assertTrue(browser.findElements(By.cssSelector("svg.portal-chart rect")).size() >= 2, "a bar per shown row");

        // Every link and form on every board page, with this browser's session: the CSVs and the PDF included.
        LinkWalk walk = new LinkWalk(browser, base);
        List<String> broken = walk.walk("/board");
        System.out.println(walk.summary());
        assertEquals(List.of(), broken, "links that fail for a signed-in board member");
        assertEquals(200, walk.checked().get("GET " + Browsers.url(base, "/board/2021-Q1/referrals-received.csv"))
                .status(), "the table's CSV was walked");
        assertEquals(200, walk.checked().get("GET " + Browsers.url(base, "/board/2021-Q1/report.pdf")).status(),
                "the report's PDF was walked");
        // The CSV is served under the page's sign-in, not the bearer-only API (which answered this session 401).
        assertTrue(browser.findElement(By.id("csv-link")).getAttribute("href").endsWith(
                "/board/2021-Q1/referrals-received.csv"));
        Browsers.screenshot(browser, "board-table");
        for (String page : List.of("/board/2021-Q1", "/board/2021-Q1/referrals-received", "/board/2021-Q1/report")) {
            browser.get(Browsers.url(base, page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), page);
        }

        // The same table with scripts switched off in this browser (the class's one sign-in kept): drawn by the server.
        wait.until(ExpectedConditions.attributeContains(By.tagName("body"), "class", "govuk-frontend-supported"));
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand(
                "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        browser.get(Browsers.url(base, "/board/2021-Q1/referrals-received"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.govuk-table")));
        assertTrue(!browser.findElement(By.tagName("body")).getAttribute("class").contains("govuk-frontend-supported"),
                "no script ran (GOV.UK Frontend marks the body when it does)");
        assertTrue(browser.findElements(By.cssSelector("svg.portal-chart rect")).size() >= 2, "drawn without script");
    }

    private void publishTheFirstQuarterOf2021() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement cases = c.prepareStatement("insert into survivor_case (id, reference, owner_subject, "
                        + "status, opened_at, version) values (?, ?, ?, 'SUBMITTED', ?, 0)");
                PreparedStatement referrals = c.prepareStatement("insert into referral (id, case_id, owner_subject, "
                        + "idempotency_key, submitted_at, subject, age_at_harm) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 60; i++) {
                UUID caseId = UUID.randomUUID();
                String owner = "board-browser-" + caseId;
                Timestamp at = Timestamp.from(Instant.parse("2021-0" + (1 + i % 3) + "-15T10:00:00Z"));
                cases.setObject(1, caseId);
                cases.setString(2, "B" + caseId.toString().substring(0, 8));
                cases.setString(3, owner);
                cases.setTimestamp(4, at);
                cases.executeUpdate();
                referrals.setObject(1, UUID.randomUUID());
                referrals.setObject(2, caseId);
                referrals.setString(3, owner);
                referrals.setString(4, caseId.toString());
                referrals.setTimestamp(5, at);
                referrals.setString(6, i % 4 == 0 ? "SOMEONE_ELSE" : "SELF");
                referrals.setString(7, i % 5 == 0 ? "AGE_16_17" : "ADULT");
                referrals.executeUpdate();
            }
        }
        close.close(ReportPeriod.quarter(2021, 1), Instant.parse("2021-04-20T00:00:00Z"));
    }
}
