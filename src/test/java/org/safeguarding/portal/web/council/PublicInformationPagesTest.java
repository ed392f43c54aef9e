package org.safeguarding.portal.web.council;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.PageSession;

/**
 * The accessibility statement, the privacy notice and the cookies page: public, with the council's details from
 * configuration, linked from every page's footer; and the page frame carries the council's name, logo and colour, not
 * GOV.UK's crown or typeface, under the same strict Content Security Policy.
 */
@QuarkusTest
class PublicInformationPagesTest {

    static final String COUNCIL = "Exampleton Borough Council (fictional)";

    @Test
    void thePrivacyNoticeNamesTheControllerItsOfficerTheBasesRetentionRightsAndTheIco() {
        given().redirects().follow(false).get("/privacy").then().statusCode(200)
                .body(containsString(COUNCIL + " is the controller"))
                .body(containsString("Example House, 1 Example Street, Exampleton, EX1 1AA"))
                .body(containsString("Z0000000 (fictional)")).body(containsString("dpo@council.example"))
                .body(containsString("Article 6(1)(e)")).body(containsString("Schedule 1, paragraph 18"))
                .body(containsString("75 years after the case was last closed"))
                .body(containsString("ask for a copy of the information we hold about you"))
                .body(containsString("Information Commissioner’s Office, Wycliffe House"))
                .body(containsString("0303 123 1113"));
    }

    @Test
    void theAccessibilityStatementGivesTheCouncilsContactsAndTheStandard() {
        given().redirects().follow(false).get("/accessibility").then().statusCode(200)
                .body(containsString(COUNCIL + " runs this service"))
                .body(containsString("portal@council.example")).body(containsString("01632 960000"))
                .body(containsString("version 2.2")).body(containsString("Equality Advisory and Support Service"));
    }

    @Test
    void theCookiesPageListsEveryCookieTheServiceKnows() {
        String page = given().redirects().follow(false).get("/cookies").then().statusCode(200).extract().asString();
        for (String name : List.of("portal_pre", "portal_receipt", "q_session…", "q_auth…", "q_post_logout…",
                "AUTH_SESSION_ID", "KEYCLOAK_IDENTITY")) {
            assertTrue(page.contains("<code class=\"portal-cookie-name\">" + name + "</code>"), name);
        }
    }

    @Test
    void everyPagesFooterLinksTheThreePagesAndNamesTheCouncil() {
        PageSession caseworker = PageSession.signIn("caseworker1");
        List<Response> pages = List.of(given().get("/"), given().get("/charter"), given().get("/privacy"),
                given().get("/no/such/page"), caseworker.get("/casework"), caseworker.get("/casework/find"));
        for (Response page : pages) {
            String html = page.asString();
            for (String link : List.of("href=\"/accessibility\"", "href=\"/privacy\"", "href=\"/cookies\"")) {
                assertTrue(html.contains(link), link + " in the footer of a " + page.statusCode() + " page");
            }
            assertTrue(html.contains("This service is run by " + COUNCIL + "."), "the council in the footer");
            assertTrue(html.contains("<span class=\"govuk-header__logotype-text\">" + COUNCIL + "</span>"), "header");
        }
    }

    /** The footer is the layout's: every page template includes it (none writes a page frame of its own). */
    @Test
    void everyPageTemplateIsFramedByTheLayout() throws IOException {
        List<String> unframed = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(path -> path.toString().endsWith(".html")).forEach(path -> {
                try {
                    String text = Files.readString(path);
                    // The layout itself, and the documents rendered to PDF (the board's report, the survivor's copy
                    // of their records), which are files to keep rather than pages with a footer to follow.
                    if (text.contains("<html") && !path.endsWith("layout.html") && !path.endsWith("reportPdf.html")
                            && !path.endsWith(Path.of("SubjectAccessPdf", "copy.html"))) {
                        unframed.add(path.toString());
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertEquals(List.of(), unframed, "pages with a frame, and so a footer, of their own");
    }

    @Test
    void noPageAsksForGovuksCrownOrTypeface() {
        String html = given().get("/").asString();
        assertTrue(!html.contains("favicon.svg") && !html.contains("govuk-frontend.min.css"), "no GOV.UK crown icon");
        assertTrue(html.contains("<link rel=\"icon\" href=\"data:,\">"), "an empty icon: no /favicon.ico request");
        String css = given().get("/assets/govuk-frontend.css").then().statusCode(200)
                .contentType(containsString("text/css")).extract().asString();
        assertTrue(css.length() > 100_000, "GOV.UK Frontend's stylesheet");
        assertTrue(!css.contains("GDS Transport") && !css.contains("@font-face") && !css.contains("/assets/fonts/"));
        assertTrue(!given().get("/static/css/portal.css").asString().contains("GDS Transport"), "nor the portal's own");
    }

    @Test
    void theCouncilsColourAndLogoComeFromConfiguration() {
        given().get("/assets/council.css").then().statusCode(200).contentType(containsString("text/css"))
                .body(equalTo(":root { --portal-council-colour: #1d70b8; }\n"));
        given().get("/assets/council-logo").then().statusCode(200).contentType(containsString("image/svg+xml"))
                .body(containsString("<svg"));
        given().get("/").then().body(containsString("<img src=\"/assets/council-logo\" alt=\"\""))
                .body(containsString("<link rel=\"stylesheet\" href=\"/assets/council.css\">"));
    }

    @Test
    void theContentSecurityPolicyStaysAsStrict() {
        String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self' ";
        for (String path : List.of("/", "/privacy", "/cookies", "/accessibility", "/assets/council.css")) {
            String header = given().redirects().follow(false).get(path).header("Content-Security-Policy");
            assertTrue(header.startsWith(policy), path + ": " + header);
        }
        given().get("/privacy").then().body(not(containsString("style=\""))).body(not(containsString("<style")))
                .body(not(containsString("<script>")));
    }
}
