package org.safeguarding.portal.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.safeguarding.portal.testing.Tokens;

/**
 * The triage queue in a real browser at 1280 px: it uses the full width and no column wraps; its pages go both ways
 * by their links; its search box opens a case by a reference typed as heard, and says plainly when none has it.
 */
@QuarkusTest
class QueueBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        Browsers.quit(browser);
    }

    /**
     * Cells of the queue's header and first rows whose text runs over more than one line: the tops of their text's
     * line boxes (text nodes only, so a tag's padding is no second line) more than 8 px apart.
     */
    private static final String WRAPPED_CELLS = "const wrapped = [];"
            + "document.querySelectorAll('#queue tr').forEach((row, r) => { if (r > 10) return;"
            + "  row.querySelectorAll('th, td').forEach((cell, c) => {"
            + "    const tops = [];"
            + "    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);"
            + "    for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
            + "      const range = document.createRange(); range.selectNodeContents(node);"
            + "      Array.from(range.getClientRects()).filter(x => x.width > 0).forEach(x => tops.push(x.top)); }"
            + "    tops.sort((a, b) => a - b);"
            + "    if (tops.length && tops[tops.length - 1] - tops[0] > 8) wrapped.push('row ' + r + ' column ' + c"
            + "        + ': ' + cell.innerText); }); });"
            + "return wrapped;";

    @Test
    void theQueueUsesTheWidthPagesBothWaysAndFindsACaseByItsReference() throws Exception {
        Tokens tokens = new Tokens(keycloakUrl);
        var submitted = given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body(Map.of("account", "Queue browser account", "contactPlan", Map.of("noContact", true)))
                .post("/api/v1/referrals").then().statusCode(201).extract();
        String id = submitted.path("id");
        String reference = submitted.path("reference");
        for (int i = 0; i < 51; i++) {
            given().auth().oauth2(tokens.forUser("survivor2")).contentType(ContentType.JSON)
                    .body(Map.of("contactPlan", Map.of("noContact", true))).post("/api/v1/referrals")
                    .then().statusCode(201);
        }

        browser = Browsers.chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, "/casework"));
        Browsers.signInOnKeycloak(browser, wait, "caseworker1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(1280L, js.executeScript("return window.outerWidth;"));
        long mainWidth = ((Number) js.executeScript(
                "return Math.round(document.getElementById('main-content').getBoundingClientRect().width);"))
                .longValue();
        assertTrue(mainWidth > 1150, "staff pages use the full width, not GOV.UK's 960px: " + mainWidth);
        Browsers.screenshot(browser, "queue-full-width");
        assertEquals(List.of(), js.executeScript(WRAPPED_CELLS), "no column of the queue wraps at 1280 px; widths: "
                + js.executeScript("return document.getElementById('queue').getBoundingClientRect().width + ' '"
                        + " + Array.from(document.querySelectorAll('#queue th')).map(c => c.getBoundingClientRect()"
                        + ".width).join(',');"));

        // The widest row the queue can show (both red tags, the longest status, a long name) fits too, on the page.
        js.executeScript("const row = document.querySelector('#queue tbody tr').cloneNode(true);"
                + "const cells = row.querySelectorAll('td');"
                + "cells[1].innerHTML = '<strong class=\"govuk-tag govuk-tag--red\">Urgent</strong> Not screened yet';"
                + "cells[2].innerHTML = '<strong class=\"govuk-tag govuk-tag--red\">Promise broken</strong> 28 Sep 2026';"
                + "cells[4].textContent = '1000';"
                + "cells[5].innerHTML = '<strong class=\"govuk-tag\">Paused by the survivor</strong>';"
                + "cells[6].textContent = 'Amira Rahman-Khan';"
                + "document.querySelector('#queue tbody').prepend(row);");
        Browsers.screenshot(browser, "queue-widest-row");
        assertEquals(List.of(), js.executeScript(WRAPPED_CELLS), "the widest row does not wrap either");
        assertTrue((Boolean) js.executeScript("return document.getElementById('queue').getBoundingClientRect().right"
                + " <= document.getElementById('main-content').getBoundingClientRect().right;"), "nor overflow the page");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));

        // Pages both ways, by their links.
        String firstOfFirstPage = firstCase();
        assertTrue(browser.findElements(By.id("previous-page")).isEmpty(), "the first page has no previous page");
        browser.findElement(By.id("next-page")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("previous-page")));
        assertTrue(!firstCase().equals(firstOfFirstPage), "the next page shows other cases");
        browser.findElement(By.id("previous-page")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("next-page")));
        assertEquals(firstOfFirstPage, firstCase(), "back to the first page");
        assertTrue(browser.findElements(By.id("previous-page")).isEmpty());

        // The search box: the reference as someone heard it on the phone opens the record.
        String heard = reference.toLowerCase(Locale.ROOT).replace("-", " ");
        browser.findElement(By.id("reference")).sendKeys(heard);
        browser.findElement(By.id("find")).click();
        wait.until(ExpectedConditions.urlContains("/casework/cases/" + id));
        assertTrue(browser.getPageSource().contains(reference), "the record of " + reference);

        browser.get(Browsers.url(base, "/casework"));
        browser.findElement(By.id("reference")).sendKeys("zzzzz 99999");
        browser.findElement(By.id("find")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-such-case")));
        assertEquals("No case has the reference ZZZZZ-99999.", browser.findElement(By.id("no-such-case")).getText());
        browser.findElement(By.id("reference")).clear();
        browser.findElement(By.id("reference")).sendKeys(reference);
        browser.findElement(By.id("find")).click();
        wait.until(ExpectedConditions.urlContains("/casework/cases/" + id));
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("back-to-queue")));
        browser.findElement(By.id("back-to-queue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
    }

    private String firstCase() {
        return browser.findElement(By.cssSelector("#queue tbody tr a")).getText();
    }
}
