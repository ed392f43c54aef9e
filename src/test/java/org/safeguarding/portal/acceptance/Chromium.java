package org.safeguarding.portal.acceptance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system Chromium, one fresh profile per person, signing in on the production realm's Keycloak login page (the
 * production realm has no password grant, so a browser is the only way in). It accepts this run's self-signed
 * Keycloak certificate; the portal itself is plain http://localhost, which Chromium counts as a secure context.
 */
final class Chromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final WebDriver browser;
    final WebDriverWait wait;

    private Chromium(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    static Chromium open() throws IOException {
        boolean installed = CHROMEDRIVER.canExecute() && CHROMIUM.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the acceptance suite: install chromium and chromium-driver");
        }
        assumeTrue(installed, "Acceptance journey skipped: no /usr/bin/chromedriver (apt-get install chromium "
                + "chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setAcceptInsecureCerts(true);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("acceptance-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options));
    }

    /**
     * Opens {@code url}, which sends a signed-out person to Keycloak, and signs in there: the password, then for staff
     * the one-time code from their authenticator app, set up on the first sign-in as Keycloak asks.
     */
    void signInAt(String url, Person person) throws InterruptedException {
        givePassword(url, person);
        if (!onThePortal()) {
            giveOneTimeCode(person);
        }
        // Back on the portal: Keycloak is the only https address in this run.
        wait.until(driver -> onThePortal());
    }

    /**
     * Opens {@code url} and gives the password on Keycloak's page; returns once Keycloak has answered: on the portal
     * (a survivor), or on the page asking for the one-time code or for setting one up (staff).
     */
    void givePassword(String url, Person person) {
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(person.username());
        browser.findElement(By.id("password")).sendKeys(person.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(driver -> onThePortal() || !driver.findElements(By.id("kc-otp-login-form")).isEmpty()
                || !driver.findElements(By.id("kc-totp-settings-form")).isEmpty());
    }

    boolean onThePortal() {
        return browser.getCurrentUrl().startsWith("http://");
    }

    /** On Keycloak's code page: sets up the authenticator app if Keycloak asks, then gives the code of the moment. */
    void giveOneTimeCode(Person person) throws InterruptedException {
        if (!browser.findElements(By.id("kc-totp-settings-form")).isEmpty()) {
            browser.findElement(By.id("mode-manual")).click();
            String shown = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-totp-secret-key")))
                    .getText();
            AuthenticatorApp.enrol(person.username(), shown);
            browser.findElement(By.id("totp")).sendKeys(AuthenticatorApp.codeFor(person.username()));
            browser.findElement(By.id("userLabel")).sendKeys("Work phone");
            browser.findElement(By.id("saveTOTPBtn")).click();
            return;
        }
        typeCode(AuthenticatorApp.codeFor(person.username()));
    }

    /** Types a code into Keycloak's one-time code page and sends it. */
    void typeCode(String code) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp"))).sendKeys(code);
        browser.findElement(By.id("kc-login")).click();
    }

    /**
     * Fetches {@code url} outside the browser with the browser's cookies (a download the browser would save), so its
     * status and content type can be checked. Redirects are not followed: a sign-in redirect is a failure here.
     */
    HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    void screenshot(String name) throws IOException {
        Files.write(Files.createDirectories(AcceptanceStack.FOLDER.resolve("screenshots")).resolve(name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
