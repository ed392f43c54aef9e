package org.safeguarding.portal.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Tokens;

/**
 * Someone leaves in a hurry from their case page, in a real browser, and whoever picks the device up next presses
 * Back and reloads: they find a sign-in page or "come back with your code", nothing of the case. And the session the
 * browser held is over on the server: a copy of its cookie, sent directly, is not served the case.
 */
@QuarkusTest
class QuickExitBrowserTest {

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

    /**
     * Where Back and reload land once the session has ended: Keycloak's sign-in form, asked for again by the portal;
     * or, when the history entry is still the sign-in's return address (Chrome sometimes keeps it), that address
     * with its one-time code already spent, which Quarkus refuses (401) without showing anything. Either way nothing of
     * the case, which the callers assert.
     */
    private void waitForSignInOrItsSpentReturn() {
        wait.until(shown -> !shown.findElements(By.id("kc-form-login")).isEmpty()
                || shown.getCurrentUrl().contains("code="));
    }

    private void open(boolean javascript) throws Exception {
        browser = Browsers.chromium(javascript);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /**
     * With JavaScript the exit replaces the case page in the history, so Back lands on the page before it (the list,
     * which names the case); the browser may show it from its back/forward cache, and the portal's script then asks
     * the server again.
     */
    @Test
    void afterASignedInSurvivorQuickExitsBackAndReloadShowNothingOfTheCaseAndTheOldCookieOpensNothing()
            throws Exception {
        Map<String, Object> created = new Tokens(keycloakUrl).as("survivor1")
                .body(Map.of("account", "Quick exit browser " + UUID.randomUUID(),
                        "contactPlan", Map.of("channels", List.of("PORTAL"))))
                .post("/api/v1/referrals").then().statusCode(201).extract().as(Map.class);
        String casePage = "/my/cases/" + created.get("id");
        String reference = created.get("reference").toString();

        open(true);
        browser.get(Browsers.url(base, "/my/cases"));
        Browsers.signInOnKeycloak(browser, wait, "survivor1");
        browser.findElement(By.linkText(reference)).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-reference"), reference));
        String cookieHeader = cookieHeader();
        assertEquals(200, directly(casePage, cookieHeader).statusCode(), "the cookie opens the case before the exit");

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-govuk-exit-this-page-init] #quick-exit")));
        browser.findElement(By.id("quick-exit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("neutral-page")));

        browser.navigate().back();
        waitForSignInOrItsSpentReturn();
        assertFalse(browser.getPageSource().contains(reference), "Back shows nothing of the case");
        Browsers.screenshot(browser, "quick-exit-back-signed-in");
        browser.navigate().refresh();
        waitForSignInOrItsSpentReturn();
        assertFalse(browser.getPageSource().contains(reference), "nor does reloading");

        Response replayed = directly(casePage, cookieHeader);
        assertNotEquals(200, replayed.statusCode());
        assertFalse(replayed.asString().contains(reference), "the old session cookie is not served the case");
    }

    /**
     * Without JavaScript the exit is a plain link, so Back returns to the case page's own address. Chrome may keep a
     * no-store page in its back/forward cache, and shows it again unless a Secure cookie changed since: in production
     * (TLS) the session cookies are Secure and the exit changes them, so it does not; over the tests' plain HTTP they
     * cannot be Secure, so the browser is started as production would have it behave (no-store pages not kept).
     */
    @Test
    void afterAReceiptSessionQuickExitsBackAndReloadShowNothingOfTheCaseAndTheOldCookieOpensNothing()
            throws Exception {
        Map<String, Object> created = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "quick-exit-browser-" + UUID.randomUUID())
                .header("X-Forwarded-For", "10.9.8." + (int) (Math.random() * 250))
                .body(Map.of("account", "Quick exit receipt " + UUID.randomUUID(), "contactPlan", Map.of("noContact", true)))
                .post("/api/v1/anonymous/referrals").then().statusCode(201).extract().as(Map.class);
        String code = created.get("receiptCode").toString();
        String reference = created.get("reference").toString();

        browser = Browsers.chromium(false, "--disable-features=CacheControlNoStoreEnterBackForwardCache");
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, "/receipt/come-back"));
        browser.findElement(By.id("receiptCode")).sendKeys(code);
        browser.findElement(By.id("open")).click();
        wait.until(ExpectedConditions.urlContains("/my/cases"));
        browser.findElement(By.linkText(reference)).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-reference"), reference));
        String casePage = new URL(browser.getCurrentUrl()).getPath();
        String cookieHeader = cookieHeader();
        assertEquals(200, directly(casePage, cookieHeader).statusCode(), "the cookie opens the case before the exit");

        browser.findElement(By.id("quick-exit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("neutral-page")));

        browser.navigate().back();
        wait.until(driver -> !driver.getCurrentUrl().endsWith("/static/neutral.html"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertFalse(browser.getPageSource().contains(reference), "Back shows nothing of the case: "
                + browser.getCurrentUrl());
        Browsers.screenshot(browser, "quick-exit-back-receipt");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertFalse(browser.getPageSource().contains(reference), "nor does reloading");
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("portal_receipt")),
                "the browser holds no receipt session");

        Response replayed = directly(casePage, cookieHeader);
        assertNotEquals(200, replayed.statusCode());
        assertFalse(replayed.asString().contains(reference), "the old session cookie is not served the case");
    }

    private String cookieHeader() {
        return browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static Response directly(String path, String cookieHeader) {
        return given().redirects().follow(false).header("Cookie", cookieHeader).get(path);
    }
}
