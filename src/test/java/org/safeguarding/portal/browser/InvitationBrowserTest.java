package org.safeguarding.portal.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

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
import io.restassured.http.ContentType;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.TestUsers;
import org.safeguarding.portal.testing.Tokens;

/**
 * Issue 17 in a real browser, every page checked by axe-core: the caseworker sees who told us on the record and makes
 * the survivor's invitation code; the survivor follows "Have an invitation code from the hub?" from their messages,
 * enters it, and follows each link the next page offers (their own contact plan, consents, the case); someone without
 * an account follows "I have a code from the hub" from the receipt start page, is shown a receipt code once, and goes
 * on to the case. Every link and form on the pages reached works with that browser's own session ({@link LinkWalk}).
 */
@QuarkusTest
class InvitationBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.chromium(true);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        clock.reset();
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    private UUID referral() {
        Tokens tokens = new Tokens(keycloakUrl);
        String reference = given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"account\":\"A neighbour's child seems frightened\",\"contactPlan\":{\"channels\":[\"PORTAL\"]},"
                        + "\"referrer\":{\"toldBy\":\"FAMILY_OR_FRIEND\",\"name\":\"A neighbour\","
                        + "\"survivorKnows\":\"NO\"}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("reference");
        return UUID.fromString(Rows.texts(dataSource, "select id from survivor_case where reference = ?", reference)
                .get(0));
    }

    /** The caseworker opens the record, presses the button, reads the code, and goes back to the record. */
    private String caseworkerMakesACode(UUID id) throws Exception {
        browser.get(Browsers.url(base, "/casework/cases/" + id));
        Browsers.signInOnKeycloak(browser, wait, "caseworker1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referrer")));
        assertTrue(browser.findElement(By.id("referrer-told-by")).getText().contains("Family or a friend"));
        assertTrue(browser.findElement(By.id("referrers-view")).isDisplayed(), "the plan is the referrer's view");
        browser.findElement(By.id("make-invitation")).click();
        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-code"))).getText();
        assertTrue(code.matches("[A-Z2-9]{5}( [A-Z2-9]{5}){3}"), code);
        Browsers.screenshot(browser, "invitation-issued");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser));
        browser.findElement(By.id("issued-back")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-state")));
        assertEquals("OUTSTANDING", browser.findElement(By.id("invitation-state")).getAttribute("data-stage"));
        assertFalse(browser.getPageSource().contains(code), "the record never shows the code");
        return code;
    }

    private void signOut() {
        browser.get(Browsers.url(base, "/casework"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/casework")));
        browser.manage().deleteAllCookies();
    }

    @Test
    void theCaseworkerMakesACodeAndTheSignedInSurvivorTakesTheCaseOver() throws Exception {
        UUID id = referral();
        String code = caseworkerMakesACode(id);
        signOut();

        String survivor = TestUsers.newSurvivor(keycloakUrl);
        browser.get(Browsers.url(base, "/my/cases"));
        Browsers.signInOnKeycloak(browser, wait, survivor);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        assertEquals("Enter a code you were given \u2013 Council services", browser.getTitle(), "a neutral title");
        browser.findElement(By.id("code")).sendKeys("WRONG-CODE");
        browser.findElement(By.id("accept-invitation")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
        browser.findElement(By.id("accept-invitation")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taken-plan")));
        Browsers.screenshot(browser, "invitation-taken");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser));
        browser.findElement(By.id("taken-plan")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referrers-view")));
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-text")));
        assertTrue(browser.findElements(By.id("referrers-view")).isEmpty(), "the plan is now the survivor's own");

        browser.get(Browsers.url(base, "/my/invitation/taken/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taken-consents"))).click();
        wait.until(ExpectedConditions.urlContains("/consents"));
        browser.get(Browsers.url(base, "/my/invitation/taken/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taken-case"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-text")));
        assertTrue(browser.findElement(By.id("account-text")).getText().contains("frightened"));

        browser.get(Browsers.url(base, "/my/invitation/taken/" + id));
        LinkWalk walk = new LinkWalk(browser, base).maxPages(12);
        List<String> broken = walk.walk("/my/invitation");
        System.out.println(walk.summary());
        assertEquals(List.of(), broken, "links that fail for the survivor who took the case over");
    }

    @Test
    void someoneWithoutAnAccountTakesTheCaseOverWithANewReceiptCode() throws Exception {
        UUID id = referral();
        String code = caseworkerMakesACode(id);
        signOut();
        // A fresh window for this browser's address: other journeys in the run try receipt codes from it too.
        clock.advance(Duration.ofHours(1));

        browser.get(Browsers.url(base, "/receipt/start"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-explained")));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("accept-invitation")).click();
        String receiptCode = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code"))).getText();
        assertTrue(receiptCode.matches("[0-9]{4}( [0-9]{4}){4}"), receiptCode);
        Browsers.screenshot(browser, "invitation-receipt");
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser));
        browser.findElement(By.id("saved-receipt-code")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taken-consents"))).click();
        wait.until(ExpectedConditions.urlContains("/consents"));
        browser.get(Browsers.url(base, "/my/invitation/taken/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taken-plan"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referrers-view")));
        browser.get(Browsers.url(base, "/my/invitation/taken/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taken-case"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-text")));

        browser.get(Browsers.url(base, "/my/invitation/taken/" + id));
        LinkWalk walk = new LinkWalk(browser, base).notSignedIn().maxPages(12);
        List<String> broken = walk.walk("/receipt/invitation");
        System.out.println(walk.summary());
        assertEquals(List.of(), broken, "links that fail for the receipt session that took the case over");
    }
}
