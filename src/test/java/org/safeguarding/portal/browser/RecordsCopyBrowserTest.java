package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Tokens;

/**
 * The survivor's copy of their records in real browsers, every link and form of its pages followed: the survivor asks
 * on their case page and finds the copy being checked; their worker opens it from the case record, leaves a note out
 * (the form refuses no reason first), and finishes the review, after which the page offers them no release; a second
 * caseworker releases it; the survivor downloads the PDF and the JSON from their copies page. Every page passes
 * axe-core's serious and critical checks (the pages work without JavaScript: CaseActionPagesTest and RecordsCopyTest use them as plain forms).
 */
@QuarkusTest
class RecordsCopyBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    WebDriver browser;
    WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    private void openAs(String user, String path, boolean javascript) throws Exception {
        closeBrowser();
        browser = Browsers.chromium(javascript);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, path));
        Browsers.signInOnKeycloak(browser, wait, user);
    }

    private WebElement shown(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Clicks a link or button that leads to another page, and waits until this one has gone. */
    private void follow(String id) {
        WebElement element = shown(id);
        element.click();
        wait.until(ExpectedConditions.stalenessOf(element));
    }

    private void accessible(String name) throws Exception {
        Browsers.screenshot(browser, name);
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), name + " is accessible");
    }

    @Test
    void askReviewWithholdReleaseAndDownload() throws Exception {
        Tokens tokens = new Tokens(keycloakUrl);
        Casework casework = new Casework(tokens);
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        String note = tokens.as("caseworker1").body(Map.of("text", "Her cousin Ottoline Vance called us"))
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(201).extract().path("id");

        // The survivor asks on their case page, and follows the link to their copies.
        openAs("survivor1", "/my/cases/" + id, true);
        follow("request-records");
        follow("records-copies");
        String checking = shown("copies").getText();
        assertTrue(checking.contains("We are checking it"), checking);
        accessible("copies-checking");
        follow("back-to-case");
        shown("request-records");
        String request = tokens.as("survivor1").get("/api/v1/me/cases/" + id + "/copies").then().statusCode(200)
                .extract().path("[0].requestId");

        // Their worker opens it from the case record and leaves the note out, with a reason.
        openAs("caseworker1", "/casework/cases/" + id, true);
        follow("copy-" + request);
        shown("copy-stage");
        accessible("copy-review");
        String item = "note-" + note + "-v1";
        follow("withhold-" + item);
        shown("withhold-item");
        accessible("copy-withhold");
        follow("back-to-copy");
        follow("withhold-" + item);
        follow("withhold-button");
        assertTrue(shown("problems").getText().contains("Choose why the item must be left out"));
        accessible("copy-withhold-refused");
        shown("reason-THIRD_PARTY").click();
        browser.findElement(By.id("explanation")).sendKeys("Names her cousin, who has not agreed");
        follow("withhold-button");
        assertTrue(shown("copy-done").getText().contains("will be left out"));
        assertEquals("true", shown("item-" + item).getDomAttribute("data-withheld"));
        follow("finish-review");
        assertTrue(shown("copy-done").getText().contains("review is finished"));
        assertTrue(shown("release-form").getText().contains("second caseworker"));
        assertTrue(browser.findElements(By.id("release-copy")).isEmpty(), "no release for the reviewer");
        accessible("copy-awaiting-release");
        follow("back-to-record");
        shown("copy-" + request);

        // A second caseworker releases it.
        openAs("caseworker2", "/casework/cases/" + id + "/requests/" + request + "/copy", true);
        follow("release-copy");
        assertTrue(shown("copy-done").getText().contains("released"));
        assertTrue(shown("copy-released").isDisplayed());
        accessible("copy-released");

        // The survivor downloads both forms from their copies page, through the page's own links.
        openAs("survivor1", "/my/cases/" + id + "/copies", true);
        shown("pdf-" + request);
        accessible("copies-ready");
        for (String link : List.of("pdf-" + request, "json-" + request)) {
            String href = browser.findElement(By.id(link)).getDomProperty("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> got = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b =>"
                            + " done({status: r.status, type: r.headers.get('content-type'), size: b.byteLength,"
                            + " text: new TextDecoder().decode(b)})));", href);
            assertEquals(200L, got.get("status"), link);
            assertTrue((Long) got.get("size") > 500, link);
            if (link.startsWith("json")) {
                assertTrue(got.get("type").toString().startsWith("application/json"));
                assertFalse(got.get("text").toString().contains("Ottoline"), "the withheld note is not in it");
            } else {
                assertEquals("application/pdf", got.get("type"));
            }
        }
        // Every link and form target the survivor can reach from here answers, the downloads as attachments.
        LinkWalk walk = new LinkWalk(browser, base).maxPages(12);
        List<String> broken = walk.walk();
        assertEquals(List.of(), broken, walk.summary());
        follow("back-to-case");
        shown("records-copies");
    }
}
