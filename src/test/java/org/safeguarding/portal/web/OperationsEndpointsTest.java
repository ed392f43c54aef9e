package org.safeguarding.portal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.safeguarding.portal.security.IdentityProviderReadiness;
import org.safeguarding.portal.testing.Tokens;

/**
 * What operators and client developers rely on: health, metrics and the OpenAPI document, all on the management
 * port and none on the public one; the document describes the JSON API only; the metrics carry the business gauges a
 * hub manager watches and no count of requests by route.
 */
@QuarkusTest
class OperationsEndpointsTest {

    /** The management interface's root ({@code /q/} on its own port; a free port in tests). */
    @TestHTTPResource(value = "/", management = true)
    URL management;
    @TestHTTPResource("/")
    URL publicPort;
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    private String onManagement(String path) {
        return management.toString().replaceAll("/+$", "") + "/" + path;
    }

    @Test
    void theManagementInterfaceIsOnItsOwnPort() {
        assertNotEquals(publicPort.getPort(), management.getPort(), management + " vs " + publicPort);
        assertTrue(management.getPath().startsWith("/q"), management.toString());
    }

    @Test
    void readinessCoversTheDatabaseAndKeycloak() {
        JsonPath ready = given().get(onManagement("health/ready")).then().statusCode(200)
                .body("status", equalTo("UP")).extract().jsonPath();
        assertEquals("UP", ready.getString("checks.find { it.name == 'Database connections health check' }.status"),
                ready.prettify());
        assertEquals("UP", ready.getString("checks.find { it.name == '" + IdentityProviderReadiness.NAME
                + "' }.status"), ready.prettify());
    }

    @Test
    void livenessDependsOnNeitherTheDatabaseNorKeycloak() {
        // An outage of either must take instances out of rotation (readiness), never restart them all (liveness).
        given().get(onManagement("health/live")).then().statusCode(200).body("status", equalTo("UP"))
                .body(not(containsString("Database"))).body(not(containsString(IdentityProviderReadiness.NAME)));
    }

    @Test
    void nothingUnderQIsServedOnThePublicPort() {
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi",
                "/q/openapi?format=json", "/q/dev-ui", "/q/swagger-ui")) {
            given().redirects().follow(false).get(path).then().statusCode(404);
        }
        for (String path : List.of("health", "health/live", "health/ready", "metrics", "openapi")) {
            given().redirects().follow(false).get(onManagement(path)).then().statusCode(200);
        }
    }

    @Test
    void theTestBuildsOpenApiDocumentListsTheApiAndThePagesForTheBadInputSuite() {
        // The packaged application's document lists the JSON API only (ProductionJourneyIT; the filter on its own:
        // ApiOnlyOpenApiTest); the test build keeps the pages' routes for the bad-input suite to attack.
        JsonPath document = given().accept("application/json").get(onManagement("openapi?format=json")).then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");
        assertTrue(paths.containsKey("/api/v1/referrals"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v1/me/cases"), paths.keySet().toString());
        assertTrue(paths.containsKey("/receipt/start"), "the test build lists the pages for the bad-input suite: "
                + paths.keySet());
    }

    @Test
    void metricsCarryTheBusinessGaugesAndNoCountOfRequestsByRoute() {
        // A survivor submits and a page is read: neither may show up as a count of its own.
        new Tokens(keycloakUrl).as("survivor1").body(Map.of("account", "An account for the metrics test",
                "contactPlan", Map.of("noContact", true))).post("/api/v1/referrals").then().statusCode(201);
        given().get("/").then().statusCode(200);

        String scrape = given().get(onManagement("metrics")).then().statusCode(200).extract().asString();
        for (String gauge : List.of("portal_charter_breaches_open", "portal_notices_waiting",
                "portal_notices_given_up", "portal_reporting_close_last_at",
                "portal_reporting_close_last_duration_seconds")) {
            assertTrue(scrape.contains("\n" + gauge + " ") || scrape.contains("\n" + gauge + "{"), gauge);
        }
        List<String> samples = scrape.lines().filter(line -> !line.startsWith("#")).toList();
        assertFalse(scrape.contains("http_server_"), "no request counts by route");
        assertEquals(List.of(), samples.stream().filter(line -> line.contains("uri=") || line.contains("route=")
                || line.contains("/api/") || line.contains("referral")).toList(), "no metric names a route");
        // The portal's own numbers are for the whole hub: no label at all, so nothing (an area, an age band, an
        // ethnicity, a team) that could narrow a count down to a person.
        assertEquals(List.of(), samples.stream().filter(line -> line.startsWith("portal_") && line.contains("{"))
                .toList(), "the portal's metrics are never broken down");
    }
}
