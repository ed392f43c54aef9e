package org.safeguarding.portal.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.TestUsers;
import org.safeguarding.portal.testing.Tokens;

/**
 * The survivor's choices about their data in a real browser, with scripts off (no journey needs them): asking for
 * erasure and withdrawing from the case page (each confirmation page's way back followed too), the caseworker told and
 * marking it seen, the lead deciding the request, the survivor asking again; and closing an account, as a survivor
 * this test creates. Every page passes axe-core's serious and critical checks, and every link and form target on the
 * pages each person reaches works with their session ({@link LinkWalk}).
 */
@QuarkusTest
class SurvivorChoicesBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    private final List<WebDriver> browsers = new ArrayList<>();

    /** Each browser is closed, then the first page found with a serious accessibility problem fails the test. */
    @AfterEach
    void closeBrowsers() {
        AssertionError first = null;
        for (WebDriver browser : browsers) {
            try {
                Browsers.quit(browser);
            } catch (AssertionError problems) {
                first = first == null ? problems : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Scripts on: axe-core runs as a script in the page. */
    private WebDriver browser() throws Exception {
        return browser(true);
    }

    private WebDriver browser(boolean javascript) throws Exception {
        WebDriver browser = Browsers.chromium(javascript);
        browsers.add(browser);
        return browser;
    }

    @Test
    void aSurvivorAsksForErasureWithdrawsAndAsksAgainWhileTheWorkerAndTheLeadAnswer() throws Exception {
        Tokens tokens = new Tokens(keycloakUrl);
        tokens.as("caseworker1").get("/api/v1/cases").then().statusCode(200);
        String id = tokens.as("survivor2").body(Map.of("account", "An account for the choices journey",
                "contactPlan", Map.of("channels", List.of("PORTAL", "EMAIL"), "email", "me@example.invalid")))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);

        // The survivor's journey with scripts off: none of it needs any.
        WebDriver survivor = browser(false);
        WebDriverWait wait = new WebDriverWait(survivor, Duration.ofSeconds(20));
        survivor.get(Browsers.url(base, "/my/cases/" + id));
        Browsers.signInOnKeycloak(survivor, wait, "survivor2");
        click(survivor, wait, "erasure-link");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-none")));
        Browsers.screenshot(survivor, "choices-erasure");
        survivor.findElement(By.id("words")).sendKeys("Please remove how to reach me");
        survivor.findElement(By.id("ask-erasure")).click();
        String asked = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-requests"))).getText();
        assertTrue(asked.contains("Waiting for a decision"), asked);
        survivor.findElement(By.cssSelector(".govuk-back-link")).click();

        click(survivor, wait, "withdraw-link");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("withdraw")));
        Browsers.screenshot(survivor, "choices-withdraw");
        survivor.findElement(By.id("keep-open")).click();
        click(survivor, wait, "withdraw-link");
        click(survivor, wait, "withdraw");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ask-again")));
        assertTrue(survivor.findElement(By.id("case-status")).getText().startsWith("Withdrawn"),
                survivor.findElement(By.id("case-status")).getText());
        assertEquals(0, survivor.findElements(By.id("withdraw-link")).size(), "a withdrawn case offers asking again");
        Browsers.screenshot(survivor, "choices-withdrawn-case");
        click(survivor, wait, "close-account-link");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("close-account")));
        Browsers.screenshot(survivor, "choices-close-account");
        follow(survivor, wait, survivor.findElement(By.id("keep-account")));
        assertTrue(survivor.getCurrentUrl().endsWith("/my/cases"), survivor.getCurrentUrl());
        walk(survivor, "/my/cases/" + id, "/my/cases/" + id + "/withdrawal", "/my/cases/" + id + "/erasure",
                "/my/account/closure");
        // The same pages pass axe-core's checks (which need scripts), in a browser of the survivor's with them on.
        WebDriver checker = browser(true);
        WebDriverWait checkerWait = new WebDriverWait(checker, Duration.ofSeconds(20));
        checker.get(Browsers.url(base, "/my/cases/" + id));
        Browsers.signInOnKeycloak(checker, checkerWait, "survivor2");
        for (String page : List.of("/my/cases/" + id, "/my/cases/" + id + "/withdrawal", "/my/cases/" + id
                + "/erasure", "/my/account/closure")) {
            checker.get(Browsers.url(base, page));
            checkerWait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            accessible(checker, "choices" + page.replaceAll("[^a-z]+", "-"));
        }

        WebDriver worker = browser();
        WebDriverWait workerWait = new WebDriverWait(worker, Duration.ofSeconds(20));
        worker.get(Browsers.url(base, "/casework"));
        Browsers.signInOnKeycloak(worker, workerWait, "caseworker1");
        click(worker, workerWait, "nav-withdrawals");
        String row = workerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("withdrawals"))).getText();
        assertTrue(row.contains(reference(tokens, id)), row);
        accessible(worker, "choices-withdrawals");
        staffWalk(worker, "/casework/withdrawals");
        worker.findElement(By.cssSelector("tr[data-withdrawal] a")).click();
        workerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
        worker.navigate().back();
        int before = worker.findElements(By.cssSelector("tr[data-withdrawal]")).size();
        follow(worker, workerWait, worker.findElement(By.cssSelector("tr[data-withdrawal] button")));
        assertEquals(before - 1, worker.findElements(By.cssSelector("tr[data-withdrawal]")).size());

        WebDriver lead = browser();
        WebDriverWait leadWait = new WebDriverWait(lead, Duration.ofSeconds(20));
        lead.get(Browsers.url(base, "/casework"));
        Browsers.signInOnKeycloak(lead, leadWait, "lead1");
        click(lead, leadWait, "nav-erasure-requests");
        leadWait.until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-requests")));
        accessible(lead, "choices-erasure-requests");
        staffWalk(lead, "/casework/erasure-requests");
        String request = tokens.as("survivor2").get("/api/v1/me/cases/" + id + "/erasure-requests").then()
                .extract().path("[0].id");
        click(lead, leadWait, "open-" + request);
        leadWait.until(ExpectedConditions.presenceOfElementLocated(By.id("decide")));
        assertTrue(lead.findElement(By.id("request-words")).getText().contains("how to reach me"));
        accessible(lead, "choices-erasure-decide");
        lead.findElement(By.id("decide")).click();
        leadWait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        accessible(lead, "choices-erasure-decide-problem");
        lead.findElement(By.id("erase-CONTACT_DETAILS")).click();
        lead.findElement(By.id("reasons")).sendKeys("We keep your account by law; how to reach you is erased.");
        lead.findElement(By.id("decide")).click();
        leadWait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-decided")));
        assertTrue(lead.findElement(By.id("erased")).getText().contains("How to reach them"));
        follow(lead, leadWait, lead.findElement(By.cssSelector(".govuk-back-link")));
        assertEquals(0, lead.findElements(By.id("open-" + request)).size(), "decided: no longer waiting");

        survivor.get(Browsers.url(base, "/my/cases/" + id + "/erasure"));
        String decided = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-requests"))).getText();
        assertTrue(decided.contains("Decided") && decided.contains("erased"), decided);
        survivor.findElement(By.cssSelector(".govuk-back-link")).click();
        click(survivor, wait, "ask-again");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("withdraw-link")));
        assertTrue(survivor.findElement(By.id("case-status")).getText().startsWith("Your case is open again"));
    }

    @Test
    void aSurvivorClosesTheirAccountAndIsToldHowToComeBack() throws Exception {
        String user = TestUsers.newSurvivor(keycloakUrl);
        String id = given().auth().oauth2(new Tokens(keycloakUrl).forUser(user)).contentType("application/json")
                .body(Map.of("account", "An account before closing", "contactPlan",
                        Map.of("channels", List.of("PORTAL")))).post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
        WebDriver survivor = browser();
        WebDriverWait wait = new WebDriverWait(survivor, Duration.ofSeconds(20));
        survivor.get(Browsers.url(base, "/my/cases/" + id));
        Browsers.signInOnKeycloak(survivor, wait, user);
        click(survivor, wait, "close-account-link");
        click(survivor, wait, "close-account");
        String comeBack = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("come-back"))).getText();
        assertTrue(comeBack.contains("contact the hub"), comeBack);
        assertTrue(survivor.getCurrentUrl().endsWith("/account-closed"), survivor.getCurrentUrl());
        accessible(survivor, "choices-account-closed");
        assertFalse(TestUsers.enabled(keycloakUrl, user));

        // The session has ended; signing in again is refused by Keycloak.
        survivor.get(Browsers.url(base, "/my/cases/" + id));
        Browsers.signInOnKeycloak(survivor, wait, user);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertTrue(survivor.getPageSource().contains("disabled"), "Keycloak says the account is disabled");
    }

    /**
     * Clicks a link or button that loads a new page, and waits for that page: the old page's heading is there at
     * once, so waiting for a heading alone would read the old page on a slow machine.
     */
    private static void follow(WebDriver browser, WebDriverWait wait, WebElement element) {
        element.click();
        wait.until(ExpectedConditions.stalenessOf(element));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private static void click(WebDriver browser, WebDriverWait wait, String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private static void accessible(WebDriver browser, String name) throws Exception {
        Browsers.screenshot(browser, name);
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), name + " is accessible");
    }

    private void walk(WebDriver browser, String... pages) throws Exception {
        LinkWalk walk = new LinkWalk(browser, base);
        List<String> broken = walk.walk(pages);
        System.out.println(walk.summary());
        assertEquals(List.of(), broken, "links that fail");
    }

    /**
     * The same for a member of staff: the queue the navigation leads to lists colleagues' cases, which answer 403 with
     * the "why do you need to open this case" form (designed, as CaseworkerBrowserJourneyTest accepts it).
     */
    private void staffWalk(WebDriver browser, String... pages) throws Exception {
        LinkWalk walk = new LinkWalk(browser, base).accepting(403, "/casework/cases/{id}");
        List<String> broken = walk.walk(pages);
        System.out.println(walk.summary());
        assertEquals(List.of(), broken, "links that fail for staff");
    }

    private static String reference(Tokens tokens, String id) {
        return tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).extract()
                .path("reference");
    }
}
