package org.safeguarding.portal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.FailingResource;
import org.safeguarding.portal.testing.LogCapture;

/** One error policy: generic words for people, a problem document for the API, a correlation id, no exception text. */
@QuarkusTest
class ErrorPolicyTest {

    @Test
    void anApiFailureIsAProblemDocumentWithACorrelationIdAndNoExceptionText() {
        try (LogCapture log = LogCapture.start()) {
            String correlationId = given().get("/api/v1/test-only/failure").then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("status", equalTo(500)).body("title", equalTo("Internal error"))
                    .body("correlationId", notNullValue())
                    .body(not(containsString(FailingResource.CANARY)))
                    .body(not(containsString("IllegalStateException")))
                    .extract().path("correlationId");
            assertFalse(log.linesContaining(correlationId).isEmpty(), "the log line can be found by the id");
            assertEquals(List.of(), log.linesContaining(FailingResource.CANARY), "no exception text in the log");
        }
    }

    @Test
    void aPageFailureIsTheGenericErrorPage() {
        try (LogCapture log = LogCapture.start()) {
            given().get("/test-only/failure").then().statusCode(500).contentType(containsString("text/html"))
                    .body(containsString("Sorry, there is a problem with the service"))
                    .body(containsString("id=\"correlation-id\""))
                    .body(not(containsString(FailingResource.CANARY)))
                    .body(not(containsString("IllegalStateException")));
            assertEquals(List.of(), log.linesContaining(FailingResource.CANARY));
        }
    }

    @Test
    void anUnknownPageIsTheGenericNotFoundPage() {
        given().get("/no/such/page").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found"));
        given().get("/api/v1/no/such/thing").then().statusCode(404)
                .contentType(matchesPattern("application/problem\\+json.*"));
    }
}
