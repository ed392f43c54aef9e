package org.safeguarding.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Keycloak's sign-in in a real Chromium whose language is Urdu or Welsh (its Accept-Language, as a person's own
 * browser sends it before the portal passes its choice as ui_locales): the page comes in that language, Urdu's laid out
 * right to left, and the form signs the person in, with scripts on and off. Every Keycloak page shown is checked with
 * axe like every other page of a browser journey (Browsers.quit). SignInLanguagesKeycloakTest covers the other pages.
 */
@QuarkusTest
class SignInLanguagesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        Browsers.quit(browser);
    }

    @Test
    void anUrduBrowserGetsTheSignInInUrduMirroredAndItSignsIn() throws Exception {
        browser = Browsers.chromium(true, "--accept-lang=ur");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, "/home"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));

        assertEquals("ur", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("اپنے اکاؤنٹ میں سائن ان کریں", browser.findElement(By.id("kc-page-title")).getText());
        assertEquals("سائن ان کریں", browser.findElement(By.id("kc-login")).getText());

        // Mirrored: each label starts at its field's right edge, and the password's show button sits on its left.
        Rectangle username = browser.findElement(By.id("username")).getRect();
        Rectangle label = browser.findElement(By.cssSelector("label[for='username']")).getRect();
        assertTrue(Math.abs(right(label) - right(username)) <= 4 && label.getX() > username.getX() + username.getWidth() / 2,
                "the label is at the field's right: label " + label + ", field " + username);
        Rectangle password = browser.findElement(By.id("password")).getRect();
        Rectangle show = browser.findElement(By.id("password-show-password")).getRect();
        assertTrue(right(show) <= password.getX() + 1, "show button " + show + " left of the field " + password);
        assertEquals("پاس ورڈ دکھائیں",
                browser.findElement(By.id("password-show-password")).getAttribute("aria-label"));

        Browsers.signInOnKeycloak(browser, wait, "survivor1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    @Test
    void aWelshBrowserWithScriptsOffGetsTheSignInInWelshAndItSignsIn() throws Exception {
        browser = Browsers.chromium(false, "--accept-lang=cy");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Browsers.url(base, "/home"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));

        assertEquals("cy", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("ltr", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("Mewngofnodi i’ch cyfrif", browser.findElement(By.id("kc-page-title")).getText());
        assertTrue(browser.findElement(By.cssSelector("label[for='username']")).getText().contains("Enw defnyddiwr"));

        // A wrong password first: the message in Welsh, the form still there.
        browser.findElement(By.id("username")).sendKeys("survivor1");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kc-form-login"),
                "Enw defnyddiwr neu gyfrinair annilys."));

        browser.findElement(By.id("username")).clear();
        Browsers.signInOnKeycloak(browser, wait, "survivor1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    private static int right(Rectangle rect) {
        return rect.getX() + rect.getWidth();
    }
}
