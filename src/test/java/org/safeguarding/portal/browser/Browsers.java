package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system Chromium and chromedriver from Debian (.ci/run installs them), never a browser downloaded at run time.
 * Without a chromedriver the browser tests are skipped with a clear message, except on CI, where they must run.
 */
final class Browsers {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** axe-core 4.14.1 from npm, vendored with its licence (src/test/resources/axe-core/README.md). */
    private static final String AXE = "/axe-core/axe.min.js";
    static final String AXE_VERSION = "4.14.1";
    /** WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practice. */
    static final String AXE_RULES = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']";

    private Browsers() {
    }

    static WebDriver chromium() throws IOException {
        return chromium(true);
    }

    /** A headless Chromium; {@code javascript=false} is a person who has switched scripts off. */
    static WebDriver chromium(boolean javascript) throws IOException {
        return chromium(javascript, new String[0]);
    }

    /** The same, with command-line switches of the test's own. */
    static WebDriver chromium(boolean javascript, String... switches) throws IOException {
        boolean installed = CHROMEDRIVER.canExecute() && CHROMIUM.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
        }
        assumeTrue(installed, "Browser tests skipped: no /usr/bin/chromedriver (apt-get install chromium "
                + "chromium-driver, as .ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        options.addArguments(switches);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new AccessibilityCheckedChrome(service, options, javascript);
    }

    /** A Chromium with scripts on that checks nothing itself: where a browser with scripts off has its pages checked. */
    static WebDriver uncheckedChromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
    }

    /**
     * Quits the browser, then fails if any page it showed had a serious or critical accessibility violation: every
     * page of every journey is checked as it appears ({@link AccessibilityCheckedChrome}), not only those a test
     * names.
     */
    static void quit(WebDriver browser) {
        if (browser == null) {
            return;
        }
        List<String> problems = browser instanceof AccessibilityCheckedChrome checked ? checked.problems() : List.of();
        browser.quit();
        if (!problems.isEmpty()) {
            throw new AssertionError("pages with serious accessibility problems (axe-core " + AXE_VERSION + "):\n"
                    + String.join("\n", problems));
        }
    }

    static String axeScript() throws IOException {
        try (InputStream in = Browsers.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not in the test resources: " + AXE);
            }
            String axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!axe.startsWith("/*! axe v" + AXE_VERSION)) {
                throw new IllegalStateException("the vendored axe-core is not version " + AXE_VERSION);
            }
            return axe;
        }
    }

    /** axe-core's serious and critical violations on the page in view, one line each ("rule: target"). */
    @SuppressWarnings("unchecked")
    static List<String> seriousAccessibilityViolations(WebDriver browser) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeScript());
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: " + AXE_RULES + "})"
                        + ".then(r => done(r)).catch(e => done({violations: [{id: 'axe-error', impact: 'critical',"
                        + " nodes: [{target: [String(e)]}]}]}));");
        if (((List<?>) results.getOrDefault("passes", List.of())).isEmpty()
                && ((List<?>) results.get("violations")).isEmpty()) {
            // Guards the guard: axe that checked nothing would report no violation either.
            throw new IllegalStateException("axe-core ran no rules on " + browser.getCurrentUrl());
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                    serious.add(violation.get("id") + ": " + node.get("target"));
                }
            }
        }
        return serious;
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Signs in on the Keycloak login page the browser has been sent to (demo users: the password is the name). */
    static void signInOnKeycloak(WebDriver browser, WebDriverWait wait, String user) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.id("kc-login")).click();
    }

    /** An absolute address on the service under test. */
    static String url(java.net.URL base, String path) {
        return base.toString().replaceFirst("/$", "") + path;
    }
}
