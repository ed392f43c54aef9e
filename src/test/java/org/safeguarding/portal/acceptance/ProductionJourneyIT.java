package org.safeguarding.portal.acceptance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguarding.portal.testing.SmtpSink;

/**
 * The packaged service in production mode, as a council runs it: real PostgreSQL (fsync on), Keycloak with the
 * production realm over TLS, secrets only from the environment, and the scheduled jobs on their own schedules
 * (short intervals, set by environment). People sign in through Keycloak's login page in a real browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionJourneyIT {

    private static AcceptanceStack stack;
    private static PackagedPortal portal;
    private static SeededRecords seeded;

    @BeforeAll
    static void startThePortal() throws Exception {
        stack = AcceptanceStack.get();
        Map<String, String> environment = new LinkedHashMap<>(stack.portalEnvironment());
        environment.putAll(Map.of(
                "PORTAL_REPORTING_CLOSE_EVERY", "5s",
                // The first close waits for the seeded history below; a close before it finds nothing to do anyway.
                "PORTAL_REPORTING_CLOSE_DELAY", "10s",
                "PORTAL_CHARTER_CLOCK_EVERY", "3s",
                "PORTAL_NOTICES_EVERY", "3s",
                "PORTAL_SESSIONS_HOUSEKEEPING_EVERY", "5s",
                "PORTAL_SESSIONS_HOUSEKEEPING_DELAY", "10s",
                "PORTAL_AUDIT_VERIFY_EVERY", "5s",
                "PORTAL_AUDIT_VERIFY_DELAY", "5s"));
        // The portal trusts Keycloak's certificate as it would a council's own certificate authority.
        portal = PackagedPortal.launch(stack.portalPort, environment, stack.certificate.trustOptions(),
                AcceptanceStack.FOLDER.resolve("portal.log")).awaitReady(Duration.ofSeconds(120));
        // Flyway has migrated by now (the service is ready), so the history can be written in its tables.
        seeded = new SeededRecords(stack.database);
        seeded.write(30);
    }

    @AfterAll
    static void stopThePortalAndReadItsLog() throws Exception {
        if (portal == null) {
            return;
        }
        portal.close();
        // Nothing sensitive in logs: no secret, no account, message or contact detail, whatever happened above. The
        // log is JSON: searched as written and with every value decoded, so an escaped character hides nothing.
        String log = JsonLog.searchable(portal.logText());
        stack.secrets.forEach((name, value) -> assertFalse(log.contains(value), name + " in " + portal.log()));
        for (String words : List.of(ACCOUNT, MESSAGE, stack.survivor.email())) {
            assertFalse(log.contains(words), "'" + words + "' in " + portal.log());
        }
    }

    /**
     * Health, metrics and the OpenAPI document are on the management port only; the public port answers 404 for all
     * of /q/. Readiness covers the database and Keycloak (over TLS, trusted as the sign-in trusts it); the metrics
     * carry the business gauges and no count of requests by route.
     */
    @Test
    void operationsAreOnTheManagementPortAndNothingUnderQIsPublic() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi")) {
            assertEquals(404, get(http, portal.url() + path).statusCode(), "public " + path);
        }
        HttpResponse<String> ready = get(http, portal.managementUrl() + "/q/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("Database connections health check")
                && ready.body().contains("Identity provider (Keycloak) reachable"), ready.body());
        assertEquals(200, get(http, portal.managementUrl() + "/q/health/live").statusCode());
        HttpResponse<String> openApi = get(http, portal.managementUrl() + "/q/openapi?format=json");
        assertEquals(200, openApi.statusCode());
        var documentPaths = new com.fasterxml.jackson.databind.ObjectMapper().readTree(openApi.body()).path("paths");
        assertTrue(documentPaths.has("/api/v1/referrals"), "the JSON API is described");
        documentPaths.fieldNames().forEachRemaining(path -> assertTrue(path.startsWith("/api/"),
                "the packaged document describes the JSON API only, not " + path));
        HttpResponse<String> metrics = get(http, portal.managementUrl() + "/q/metrics");
        assertEquals(200, metrics.statusCode());
        for (String gauge : List.of("portal_charter_breaches_open", "portal_notices_waiting",
                "portal_reporting_close_last_at")) {
            assertTrue(metrics.body().contains("\n" + gauge + " "), gauge);
        }
        assertFalse(metrics.body().contains("http_server_requests") || metrics.body().contains("uri=\""),
                "no request counts by route");
    }

    /** Every log line is a JSON object, and the lines a request wrote carry its correlation id, and only its own. */
    @Test
    void logsAreJsonLinesCarryingTheRequestsCorrelationId() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(401, get(http, portal.url() + "/api/v1/me/cases").statusCode());
        List<com.fasterxml.jackson.databind.JsonNode> refused = eventually("the refused request's security event",
                Duration.ofSeconds(10), () -> {
                    List<com.fasterxml.jackson.databind.JsonNode> found = JsonLog.lines(portal.logText()).stream()
                            .filter(line -> JsonLog.message(line).contains("security-event kind=unauthenticated")
                                    && JsonLog.message(line).contains("route=/api/v1/me/cases"))
                            .toList();
                    return found.isEmpty() ? null : found;
                });
        for (var line : refused) {
            String id = JsonLog.correlationId(line);
            assertTrue(id != null && JsonLog.message(line).contains("correlation=" + id), line.toString());
        }
        assertTrue(JsonLog.lines(portal.logText()).size() > 10, "the start and the requests are logged");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDatabaseWritesToDiskAsProductionDoes() throws Exception {
        assertEquals("on", seeded.setting("fsync"));
        assertEquals("on", seeded.setting("synchronous_commit"));
    }

    @Test
    void pagesAreServedWithHstsAndTheSignInCookieIsSecure() throws Exception {
        HttpResponse<Void> start = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portal.url() + "/")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, start.statusCode());
        assertTrue(start.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS in prod");
        try (Chromium survivor = Chromium.open()) {
            survivor.signInAt(portal.url() + "/my/cases", stack.survivor);
            survivor.wait.until(ExpectedConditions.urlContains("/my/cases"));
            List<Cookie> session = survivor.browser.manage().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).toList();
            assertFalse(session.isEmpty(), "signed in: " + survivor.browser.manage().getCookies());
            // Chromium keeps Secure cookies on http://localhost (a secure context), so prod's Secure flag works here.
            session.forEach(cookie -> assertTrue(cookie.isSecure(), cookie.getName() + " is Secure"));
        }
    }

    /**
     * The production realm lets staff in only with a one-time code after their password, set up on their first
     * sign-in, and never asks a survivor for one. First in the class: the code given here is used, so the test that
     * signs in again with a code runs last, by when a new one has come round instead of being waited for.
     */
    @Test
    @Order(1)
    void aCaseworkersFirstSignInMakesThemSetUpAOneTimeCodeAndASurvivorIsNeverAsked() throws Exception {
        setsUpAOneTimeCode(stack.newCaseworker);
        try (Chromium survivor = Chromium.open()) {
            survivor.givePassword(portal.url() + "/my/cases", stack.survivor);
            assertTrue(survivor.onThePortal(), "a survivor is never made to give a code");
        }
    }

    private void setsUpAOneTimeCode(Person caseworker) throws Exception {
        try (Chromium first = Chromium.open()) {
            first.givePassword(portal.url() + "/casework", caseworker);
            assertFalse(first.onThePortal(), "a caseworker's password alone does not reach the records");
            assertFalse(first.browser.findElements(By.id("kc-totp-settings-form")).isEmpty(),
                    "a first sign-in is made to set up an authenticator app");
            first.giveOneTimeCode(caseworker);
            first.wait.until(driver -> first.onThePortal());
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aCaseworkersPasswordAloneOrAWrongCodeIsRefusedAndTheRightCodeLetsThemIn() throws Exception {
        if (!AuthenticatorApp.enrolled(stack.newCaseworker.username())) {
            setsUpAOneTimeCode(stack.newCaseworker); // run on its own
        }
        String queue = portal.url() + "/casework";
        try (Chromium later = Chromium.open()) {
            later.givePassword(queue, stack.newCaseworker);
            assertFalse(later.onThePortal(), "the password alone is refused");
            assertFalse(later.browser.findElements(By.id("kc-otp-login-form")).isEmpty(), "the code is asked for");
            later.typeCode(AuthenticatorApp.wrongCodeFor(stack.newCaseworker.username()));
            later.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-otp-login-form")));
            assertFalse(later.onThePortal(), "a wrong code is refused");
            HttpResponse<byte[]> records = later.download(queue);
            assertEquals(302, records.statusCode(), "no session on the portal without the code");
            assertTrue(records.headers().firstValue("Location").orElse("").startsWith(stack.keycloak.url()),
                    "sent back to sign in: " + records.headers().firstValue("Location"));

            later.typeCode(AuthenticatorApp.codeFor(stack.newCaseworker.username()));
            later.wait.until(driver -> later.onThePortal());
            later.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        }
    }

    @Test
    void aSurvivorIsHeardACaseworkerActsTheJobsRunAndTheBoardReadsTheClosedMonth() throws Exception {
        String email = stack.survivor.email();
        String reference = survivorTellsUs(email);
        caseworkerClaimsScreensAssignsAndWrites(reference);

        eventually("the overdue promise escalated by the charter clock", Duration.ofSeconds(60),
                () -> seeded.overduePromise().equals("MISSED escalated") ? true : null);
        try (Chromium colleague = Chromium.open()) {
            colleague.signInAt(portal.url() + "/casework/escalations", stack.secondCaseworker);
            colleague.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertTrue(colleague.browser.getPageSource().contains(seeded.overdueReference),
                    "the second caseworker sees the breach in the escalation list");
            colleague.screenshot("escalations");
        }

        eventually("the expired receipt session removed by housekeeping", Duration.ofSeconds(60),
                () -> seeded.expiredSessionStillThere() ? null : true);

        List<String> notices = eventually("a neutral notice by e-mail", Duration.ofSeconds(60), () -> {
            List<String> sent = SmtpSink.messages().stream().filter(m -> m.contains(email)).toList();
            return sent.isEmpty() ? null : sent;
        });
        String notice = notices.get(0);
        assertTrue(notice.contains(stack.publicUrl()), "the notice links to the portal only");
        assertFalse(notice.contains(MESSAGE) || notice.contains(reference), "and says nothing about the case");

        String period = seeded.month.toString();
        eventually("the period close storing " + period, Duration.ofSeconds(120),
                () -> seeded.periodStored(period) ? true : null);
        boardReads(period);
    }

    @Test
    void theAuditTrailIsSealedAnchoredOutsideTheDatabaseAndCheckedOnSchedule() throws Exception {
        survivorTellsUs(stack.survivor.email());
        java.nio.file.Path checkpoints = AcceptanceStack.FOLDER.resolve("audit-checkpoints.jsonl");
        eventually("a signed checkpoint appended to " + checkpoints, Duration.ofSeconds(60),
                () -> java.nio.file.Files.exists(checkpoints)
                        && java.nio.file.Files.readString(checkpoints).contains("\"signature\"") ? true : null);
        eventually("the scheduled check finding the chain intact", Duration.ofSeconds(60),
                () -> portal.logText().contains("Audit chain intact") ? true : null);
        assertFalse(portal.logText().contains("Audit chain broken"), portal.log().toString());
    }

    static final String ACCOUNT = "What happened, in my words, for the acceptance run.";
    static final String MESSAGE = "Hello, I am your named worker. I will write to you here.";

    private String survivorTellsUs(String email) throws Exception {
        try (Chromium survivor = Chromium.open()) {
            var browser = survivor.browser;
            survivor.signInAt(portal.url() + "/my/cases", stack.survivor);
            survivor.wait.until(ExpectedConditions.urlContains("/my/cases"));
            browser.findElement(By.id("tell-us")).click();
            browser.findElement(By.id("account")).sendKeys(ACCOUNT);
            browser.findElement(By.id("continue")).click();
            for (int step = 2; step <= 4; step++) {
                survivor.wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question " + step + " of 7"));
                browser.findElement(By.id("continue")).click();
            }
            survivor.wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 5 of 7"));
            // E-mail allowed, with an address and no safe windows (none chosen means any time).
            browser.findElement(By.id("channels-PORTAL")).click();
            browser.findElement(By.id("channels-EMAIL")).click();
            browser.findElement(By.id("email")).sendKeys(email);
            browser.findElement(By.id("continue")).click();
            survivor.wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 6 of 7"));
            browser.findElement(By.id("continue")).click();
            survivor.wait.until(ExpectedConditions.textToBe(By.id("progress"), "Question 7 of 7"));
            browser.findElement(By.id("continue")).click();
            survivor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
            browser.findElement(By.id("send")).click();
            survivor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("received")));
            survivor.screenshot("survivor-received");
            return browser.findElement(By.id("reference")).getText();
        }
    }

    private void caseworkerClaimsScreensAssignsAndWrites(String reference) throws Exception {
        try (Chromium caseworker = Chromium.open()) {
            var browser = caseworker.browser;
            caseworker.signInAt(portal.url() + "/casework?unassigned=true&risk=UNSCREENED", stack.caseworker);
            caseworker.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
            // The seeded history fills the queue too; the record is opened by its address, as from the list.
            browser.get(portal.url() + "/casework/cases/" + seeded.caseIdOf(reference));
            // The record is a summary; each action is its own page, reached from the record's links.
            caseworker.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-claim"))).click();
            caseworker.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim")));
            browser.findElement(By.id("claim")).click();
            caseworker.wait.until(ExpectedConditions.textToBe(By.id("assignee"), "Amira"));
            move(caseworker, "ACKNOWLEDGED");
            move(caseworker, "SCREENING");
            browser.findElement(By.id("action-screening")).click();
            caseworker.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-screening")));
            browser.findElement(By.id("subjectType-ADULT_NON_RECENT")).click();
            browser.findElement(By.id("immediateDanger-no")).click();
            browser.findElement(By.id("risk-LOW")).click();
            browser.findElement(By.id("policeReferral-SURVIVOR_DECLINED")).click();
            browser.findElement(By.id("classification-EXPLOITATION")).click();
            browser.findElement(By.id("save-screening")).click();
            caseworker.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening-summary")));
            move(caseworker, "ASSIGNED");

            browser.findElement(By.id("action-message")).click();
            caseworker.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-message")));
            browser.findElement(By.id("text")).sendKeys(MESSAGE);
            new Select(browser.findElement(By.id("channel"))).selectByValue("PORTAL");
            browser.findElement(By.id("send-message")).click();
            caseworker.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), MESSAGE));
            caseworker.screenshot("caseworker-record");
        }
    }

    private void boardReads(String period) throws Exception {
        try (Chromium board = Chromium.open()) {
            var browser = board.browser;
            board.signInAt(portal.url() + "/board", stack.boardMember);
            board.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("a[href='/board/" + period + "']"))).click();
            board.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pdf-link")));
            String pdfLink = browser.findElement(By.id("pdf-link")).getAttribute("href");
            browser.findElement(By.cssSelector("a[href='/board/" + period + "/referrals-received']")).click();
            board.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.govuk-table")));
            assertTrue(browser.findElement(By.cssSelector("caption")).getText().startsWith("Survivors who came to us"));
            assertFalse(browser.findElements(By.cssSelector("svg.portal-chart rect")).isEmpty(), "a chart");
            board.screenshot("board-table");
            String csvLink = browser.findElement(By.id("csv-link")).getAttribute("href");

            HttpResponse<byte[]> pdf = board.download(pdfLink);
            HttpResponse<byte[]> csv = board.download(csvLink);
            assertAll("the board's downloads, fetched with the board member's browser session",
                    () -> assertEquals(200, pdf.statusCode(), "PDF " + pdfLink),
                    () -> assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf")),
                    () -> assertTrue(new String(pdf.body(), 0, Math.min(5, pdf.body().length),
                            StandardCharsets.US_ASCII).startsWith("%PDF")),
                    () -> assertEquals(200, csv.statusCode(), "CSV " + csvLink),
                    () -> assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                            "CSV content type: " + csv.headers().firstValue("Content-Type")));
        }
    }

    private static void move(Chromium caseworker, String to) {
        caseworker.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-move"))).click();
        caseworker.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("move")));
        caseworker.browser.findElement(By.id("to-" + to)).click();
        caseworker.browser.findElement(By.id("move")).click();
        // The page is replaced after the move: an element read just before that is stale, so look again.
        caseworker.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", to));
    }

    /** Polls until {@code check} answers non-null, failing with {@code what} and the log's path after the timeout. */
    private static <T> T eventually(String what, Duration timeout, Callable<T> check) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(portal.isAlive(), "the portal died; see " + portal.log());
            T result = check.call();
            if (result != null) {
                return result;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not seen within " + timeout + ": " + what + "; portal log: " + portal.log());
    }
}
