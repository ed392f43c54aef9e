package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.web.council.CookieList;

/**
 * The cookies page against the cookies a real browser receives: through the footer's links (accessibility statement,
 * privacy notice, cookies), a receipt code and leaving, a sign-in on Keycloak and signing out, every cookie in the
 * browser (the portal's and the sign-in service's) must be one the page lists, and the page must list what it does.
 */
@QuarkusTest
class CookiesPageBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    CookieList cookieList;

    WebDriver browser;
    WebDriverWait wait;
    final Set<String> received = new TreeSet<>();

    @AfterEach
    void closeBrowser() {
        Browsers.quit(browser);
    }

    @SuppressWarnings("unchecked")
    private void collectCookies() {
        Map<String, Object> all = ((ChromiumDriver) browser).executeCdpCommand("Network.getAllCookies", Map.of());
        for (Map<String, Object> cookie : (List<Map<String, Object>>) all.get("cookies")) {
            received.add((String) cookie.get("name"));
        }
    }

    @Test
    void everyCookieAJourneyReceivesIsListedOnTheCookiesPage() throws Exception {
        browser = Browsers.chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        // The footer's links, followed from the start page.
        browser.get(Browsers.url(base, "/"));
        collectCookies();
        // No GOV.UK typeface or crown is fetched: the page asks only for the service's own stylesheets and scripts.
        Object fetched = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name).join(' ');");
        assertTrue(!fetched.toString().matches(".*(\\.woff2?|favicon|crest|crown|/assets/fonts/).*"),
                "fetched: " + fetched);
        assertTrue(fetched.toString().contains("/assets/govuk-frontend.css"), "fetched: " + fetched);
        browser.findElement(By.id("footer-accessibility")).click();
        wait.until(ExpectedConditions.titleIs("Accessibility statement \u2013 Council services"));
        browser.findElement(By.id("footer-privacy")).click();
        wait.until(ExpectedConditions.titleIs("Privacy notice \u2013 Council services"));
        browser.findElement(By.id("footer-cookies")).click();
        wait.until(ExpectedConditions.titleIs("Cookies \u2013 Council services"));
        List<String> listed = new ArrayList<>();
        for (WebElement name : browser.findElements(By.cssSelector("#cookies .portal-cookie-name"))) {
            listed.add(name.getText());
        }
        assertEquals(cookieList.all().stream().map(CookieList.Cookie::display).toList(), listed);

        // Choosing a language (English: every build ships it; the language link's other entries are followed in
        // LanguageBrowserTest) sets the language cookie.
        browser.get(Browsers.url(base, "/language?choose=en&return=/cookies"));
        wait.until(ExpectedConditions.titleIs("Cookies \u2013 Council services"));
        collectCookies();

        // A receipt code, then leaving.
        browser.findElement(By.id("council-home")).click();
        browser.findElement(By.id("start-without-account")).click();
        collectCookies();
        browser.findElement(By.id("get-code")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        collectCookies();
        browser.findElement(By.id("saved")).click();
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leave")));
        collectCookies();
        browser.findElement(By.id("leave")).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        collectCookies();

        // A sign-in on Keycloak, then signing out.
        browser.get(Browsers.url(base, "/home"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        collectCookies();
        Browsers.signInOnKeycloak(browser, wait, "survivor1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        collectCookies();
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/signed-out"));
        collectCookies();

        List<String> unlisted = received.stream()
                .filter(name -> cookieList.all().stream().noneMatch(cookie -> cookie.matches(name))).toList();
        assertEquals(List.of(), unlisted, "cookies the browser received that the cookies page does not list");
        // And the page is no longer than it needs to be: each of the portal's own is one a browser really gets.
        for (CookieList.Cookie cookie : cookieList.all()) {
            if (cookie.isSetByService()) {
                assertTrue(received.stream().anyMatch(cookie::matches), cookie.display() + " was received: " + received);
            }
        }
        for (String expected : List.of("AUTH_SESSION_ID", "KEYCLOAK_IDENTITY", "KEYCLOAK_SESSION")) {
            assertTrue(received.contains(expected), expected + " was received: " + received);
        }
    }
}
