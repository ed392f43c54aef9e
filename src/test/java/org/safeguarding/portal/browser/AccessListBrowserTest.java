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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Tokens;

/**
 * A survivor in a real browser follows the case page's link to who read or changed their case, finds a caseworker's
 * read there as a role (no name), and says "I don't think this should have happened" on it with the line's own form;
 * the complaint shows on their case. Both pages pass axe-core's serious and critical checks.
 */
@QuarkusTest
class AccessListBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.chromium(true);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    @Test
    void theSurvivorFollowsTheLinkFindsTheReadAndQuestionsIt() throws Exception {
        Tokens tokens = new Tokens(keycloakUrl);
        tokens.as("caseworker2").get("/api/v1/cases").then().statusCode(200);
        String id = tokens.as("survivor2").body(Map.of("account", "An account for the access list",
                "contactPlan", Map.of("channels", List.of("PORTAL")))).post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200);

        browser.get(Browsers.url(base, "/my/cases/" + id));
        Browsers.signInOnKeycloak(browser, wait, "survivor2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-list")));
        assertTrue(browser.getCurrentUrl().endsWith("/my/cases/" + id + "/access"), browser.getCurrentUrl());
        assertEquals("Who has seen what you sent us \u2013 Council services", browser.getTitle());
        Browsers.screenshot(browser, "access-list");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "the list is accessible");

        WebElement read = browser.findElement(By.cssSelector("tr[data-who='HUB_CASEWORKER']"));
        assertTrue(read.getText().contains("A caseworker in the hub"), read.getText());
        assertFalse(browser.findElement(By.id("access-list")).getText().contains("Tom"), "no other staff name");
        read.findElement(By.cssSelector("summary")).click();
        read.findElement(By.cssSelector("textarea")).sendKeys("I was not told anyone else would read it");
        read.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("questioned")));
        Browsers.screenshot(browser, "access-list-questioned");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), "the confirmation is accessible");
        browser.findElement(By.id("back-to-case")).click();
        String requests = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-list"))).getText();
        assertTrue(requests.contains("You made a complaint") && requests.contains("A caseworker in the hub"),
                requests);
    }
}
