package org.safeguarding.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.DriverCommand;
import org.openqa.selenium.remote.Response;

/**
 * A Chromium that runs axe-core on every page of the service it shows, whichever test drives it: after each command
 * that can bring a new page (opening an address, a click, a submit, back, forward, refresh), a page of the portal's
 * layout that has not been checked yet is checked once it has loaded, and its serious and critical violations are kept
 * for {@link Browsers#quit}. The sign-in service's own pages (not the portal's layout) are not the portal's to fix.
 * <p>axe-core needs the page's scripts and timers, which a browser with scripts off does not run: there the page as
 * shown (its HTML, with the service's stylesheets) is checked in a second Chromium with scripts on, where the
 * portal's own scripts do not run (a file page may not load the service's modules), so it is the page without them.
 */
final class AccessibilityCheckedChrome extends ChromeDriver {

    private static final Set<String> PAGE_CHANGING = Set.of(DriverCommand.GET, DriverCommand.CLICK_ELEMENT,
            DriverCommand.SUBMIT_ELEMENT, DriverCommand.GO_BACK, DriverCommand.GO_FORWARD, DriverCommand.REFRESH,
            DriverCommand.SEND_KEYS_TO_ELEMENT);
    /** Marks a document as checked: a new page is a new document, without the mark. */
    private static final String UNCHECKED_PORTAL_PAGE = "return document.readyState === 'complete'"
            + " && document.documentElement.classList.contains('govuk-template')"
            + " && !document.documentElement.hasAttribute('data-axe-checked');";

    private final List<String> problems = new ArrayList<>();
    private final boolean javascript;
    private WebDriver inspector;
    private boolean checking;
    private int pagesChecked;

    AccessibilityCheckedChrome(ChromeDriverService service, ChromeOptions options, boolean javascript) {
        super(service, options);
        this.javascript = javascript;
    }

    /** Every command goes through here, the element's (a click) included. */
    @Override
    protected Response execute(CommandPayload payload) {
        Response response = super.execute(payload);
        if (!checking && PAGE_CHANGING.contains(payload.getName())) {
            checkPageInView();
        }
        return response;
    }

    private void checkPageInView() {
        checking = true;
        try {
            if (Boolean.TRUE.equals(executeScript(UNCHECKED_PORTAL_PAGE))) {
                executeScript("document.documentElement.setAttribute('data-axe-checked', '')");
                String page = getCurrentUrl();
                for (String violation : Browsers.seriousAccessibilityViolations(javascript ? this : inspected(page))) {
                    problems.add(page + " -> " + violation);
                }
                pagesChecked++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WebDriverException gone) {
            // The page went away while it was being checked (a script navigated): the next command checks the next.
        } finally {
            checking = false;
        }
    }

    /** The page in view, shown in the inspector: its HTML as a file, its stylesheets from the service. */
    private WebDriver inspected(String page) throws IOException {
        if (inspector == null) {
            inspector = Browsers.uncheckedChromium();
        }
        String html = getPageSource().replaceFirst("<head>", "<head><base href=\"" + page.replace("\"", "%22") + "\">");
        Path file = Files.createTempFile("portal-page", ".html");
        Files.writeString(file, html);
        inspector.get(file.toUri().toString());
        return inspector;
    }

    @Override
    public void quit() {
        if (inspector != null) {
            inspector.quit();
        }
        super.quit();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    int pagesChecked() {
        return pagesChecked;
    }
}
