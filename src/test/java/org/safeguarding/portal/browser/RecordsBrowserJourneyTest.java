package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.retention.DisposalProposals;
import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * The hub's lead, in a real browser with scripts switched off, follows every link and form of the records' pages:
 * from the queue to the legal holds, sets a hold (after an error), releases it (after an error), goes to the
 * disposal list, keeps one case with a reason, approves the list and sees each disposal's record; and back. With
 * scripts on (axe-core is one), every page passes axe-core's serious and critical checks.
 */
@QuarkusTest
class RecordsBrowserJourneyTest {

    @TestHTTPResource("/")
    URL base;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    DisposalProposals proposals;

    WebDriver browser;
    WebDriverWait wait;

    /** Scripts off for the journey (nothing needs them); on for axe-core, which is a script itself. */
    private void openBrowser(boolean javascript) throws Exception {
        browser = Browsers.chromium(javascript);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    @Test
    void aLeadHoldsReleasesKeepsAndApprovesWithoutScripts() throws Exception {
        openBrowser(false);
        Casework casework = new Casework(new Tokens(keycloakUrl));
        String held = casework.newCase(Map.of());
        String destroyed = closedLongAgo(casework.newCase(Map.of()));
        String kept = closedLongAgo(casework.newCase(Map.of()));
        proposals.propose(Instant.now());

        browser.get(Browsers.url(base, "/casework"));
        Browsers.signInOnKeycloak(browser, wait, "lead1");
        click(By.id("records-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("set-hold")));
        assertEquals("Legal holds – Records – Council services", browser.getTitle());
        screenshot("holds");

        click(By.id("set-hold-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        screenshot("holds-error");
        browser.findElement(By.id("reference")).sendKeys(reference(held));
        browser.findElement(By.id("category-INQUIRY")).click();
        browser.findElement(By.id("reason")).sendKeys("The county's independent inquiry");
        click(By.id("set-hold-button"));
        banner("The hold is set");
        String current = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-holds"))).getText();
        assertTrue(current.contains(reference(held)) && current.contains("The county's independent inquiry"), current);

        click(By.linkText("Release the hold on " + reference(held)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("release-hold")));
        screenshot("hold-release");
        click(By.linkText("Back to legal holds"));
        click(By.linkText("Release the hold on " + reference(held)));
        click(By.id("release-hold-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        browser.findElement(By.id("reason")).sendKeys("The inquiry has reported");
        click(By.id("release-hold-button"));
        banner("The hold is released");
        String past = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("past-holds"))).getText();
        assertTrue(past.contains(reference(held)) && past.contains("The inquiry has reported"), past);

        click(By.id("disposals-link"));
        String proposed = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposed"))).getText();
        assertTrue(proposed.contains(reference(destroyed)) && proposed.contains(reference(kept)), proposed);
        assertFalse(proposed.contains(reference(held)), "an open case is never proposed");
        assertEquals("Disposal list – Records – Council services", browser.getTitle());
        screenshot("disposals");

        click(By.linkText("Keep " + reference(kept)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remove-item")));
        screenshot("disposal-remove");
        click(By.linkText("Back to the disposal list"));
        click(By.linkText("Keep " + reference(kept)));
        click(By.id("remove-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        browser.findElement(By.id("reason")).sendKeys("A civil claim is expected");
        click(By.id("remove-button"));
        banner("off the list");

        click(By.id("approve-button"));
        banner("The approved records are destroyed");
        String decided = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decided"))).getText();
        assertTrue(decided.contains(reference(destroyed)) && decided.contains("Destroyed"), decided);
        assertTrue(decided.contains(reference(kept)) && decided.contains("A civil claim is expected"), decided);
        screenshot("disposals-decided");
        assertEquals(0, Rows.count(dataSource, "select count(*) from survivor_case where id = ?",
                UUID.fromString(destroyed)));
        assertEquals(1, Rows.count(dataSource, "select count(*) from survivor_case where id = ?",
                UUID.fromString(kept)));

        click(By.id("holds-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("set-hold")));
        click(By.linkText("Back to the triage queue"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records-link")));
    }

    @Test
    void everyRecordsPagePassesAxe() throws Exception {
        Tokens tokens = new Tokens(keycloakUrl);
        Casework casework = new Casework(tokens);
        String held = casework.newCase(Map.of());
        String hold = tokens.as("lead1").body(Map.of("caseId", held, "category", "OTHER", "reason", "A subject access "
                + "dispute")).post("/api/v1/legal-holds").then().statusCode(201).extract().path("id");
        closedLongAgo(casework.newCase(Map.of()));
        proposals.propose(Instant.now());
        String item = Rows.texts(dataSource, "select id from disposal_item where status = 'PROPOSED' limit 1").get(0);
        openBrowser(true);
        browser.get(Browsers.url(base, "/records/holds"));
        Browsers.signInOnKeycloak(browser, wait, "lead1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("set-hold")));
        accessible("holds");
        click(By.id("set-hold-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        accessible("holds-error");
        browser.get(Browsers.url(base, "/records/holds/" + hold + "/release"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("release-hold")));
        accessible("hold-release");
        browser.get(Browsers.url(base, "/records/disposals"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposed")));
        accessible("disposals");
        browser.get(Browsers.url(base, "/records/disposals/" + item + "/removal"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remove-item")));
        accessible("disposal-remove");
        tokens.as("lead1").body(Map.of("reason", "Settled")).post("/api/v1/legal-holds/" + hold + "/release").then()
                .statusCode(200);
    }

    private final Map<String, String> references = new java.util.HashMap<>();

    private String reference(String id) {
        return references.computeIfAbsent(id, key -> Rows.texts(dataSource,
                "select reference from survivor_case where id = ?", UUID.fromString(key)).get(0));
    }

    private String closedLongAgo(String id) throws Exception {
        reference(id);
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement close = c.prepareStatement("update survivor_case set status = 'CLOSED' where id = ?");
            close.setObject(1, UUID.fromString(id));
            close.executeUpdate();
            PreparedStatement change = c.prepareStatement("insert into case_status_change (id, case_id, from_status, "
                    + "to_status, changed_at, changed_by_role) values (gen_random_uuid(), ?, 'CLOSURE_PROPOSED', "
                    + "'CLOSED', ?, 'caseworker')");
            change.setObject(1, UUID.fromString(id));
            change.setTimestamp(2, Timestamp.from(Instant.now().atOffset(ZoneOffset.UTC).minusYears(76).toInstant()));
            change.executeUpdate();
        }
        return id;
    }

    /** The notification after a post-redirect-get: waiting for its words, not an element the old page had too. */
    private void banner(String words) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), words));
    }

    private void click(By what) {
        wait.until(ExpectedConditions.elementToBeClickable(what)).click();
    }

    private void accessible(String page) throws Exception {
        Browsers.screenshot(browser, "records-axe-" + page);
        assertEquals(List.of(), Browsers.seriousAccessibilityViolations(browser), page + " is accessible");
    }

    private void screenshot(String page) throws Exception {
        Browsers.screenshot(browser, "records-" + page);
    }
}
