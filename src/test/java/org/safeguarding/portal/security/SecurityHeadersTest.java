package org.safeguarding.portal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The headers every response carries, whatever produced it: a page, the API, a static file, an error. */
@QuarkusTest
class SecurityHeadersTest {

    private static void assertBaseline(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void thePublicStartPageCarriesTheHeadersAndIsNeverCached() {
        ValidatableResponse start = given().get("/").then().statusCode(200);
        assertBaseline(start);
        start.header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void apiAnswersCarryTheHeadersToo() {
        ValidatableResponse api = given().get("/api/v1/me/cases").then().statusCode(401);
        assertBaseline(api);
        api.header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theSignInRedirectAndErrorPagesCarryTheHeaders() {
        ValidatableResponse redirect = given().redirects().follow(false).get("/my/cases").then().statusCode(302);
        assertBaseline(redirect);
        redirect.header("Cache-Control", equalTo("no-store"));
        ValidatableResponse missing = given().get("/no/such/page").then().statusCode(404);
        assertBaseline(missing);
        missing.header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void staticAssetsMayBeCachedButKeepTheOtherHeaders() {
        ValidatableResponse css = given().get("/static/css/portal.css").then().statusCode(200);
        assertBaseline(css);
        css.header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void noPageHasInlineScriptOrAThirdPartyResource() {
        String page = given().get("/").asString();
        assertTrue(!page.matches("(?s).*<script(?![^>]*\\bsrc=\"/)[^>]*>.*"), "only same-origin script files");
        assertTrue(!page.matches("(?s).*(src|href)=\"(https?:)?//(?!localhost).*"), "no third-party request");
    }

    @Test
    void productionSendsHsts() throws IOException {
        // HSTS is switched on by the prod profile only (dev and tests run on plain HTTP).
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        assertTrue(Boolean.parseBoolean(config.getProperty("%prod.portal.security.hsts")),
                "%prod.portal.security.hsts=true must stay in application.properties");
    }
}
