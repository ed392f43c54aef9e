package org.safeguarding.portal.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Requests the service cannot read are the client's mistake, answered with a clear 4xx, never a 500 or a wait: each
 * case here was found by the bad-input suite (security/badinput/BadInputSuiteTest) and answered 500 or hung before.
 * The public form post that starts without an account stands for every form post: the CSRF filter reads them all.
 */
@QuarkusTest
class UnreadableRequestsTest {

    private static final String FORM_POST = "/receipt/start";
    private static final String FORM = "application/x-www-form-urlencoded";

    @TestHTTPResource(FORM_POST)
    URI formPost;

    /** Bodies sent exactly as written (REST Assured would encode a form body's % signs itself). */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aContentTypeThatDoesNotParseIsNotAFormPost() throws Exception {
        assertEquals(403, post(";;;", "csrf=x", false));
    }

    @Test
    void aFormThatCannotBeDecodedIsABadRequest() throws Exception {
        // A field over quarkus.http.limits.max-form-attribute-size (128 KiB), in a body under the 256 KiB limit.
        assertEquals(400, post(FORM, "csrf=x&text=" + "a".repeat(140_000), false), "a field over the limit");
        assertEquals(400, post(FORM, "csrf=x&text=%&more=1", false), "an escape cut short");
        assertEquals(400, post(FORM, "csrf=x&text=%G1&more=1", false), "an escape that is not hex");
    }

    /** A client that asks before sending its body (Expect: 100-continue) is told to go on, then answered. */
    @Test
    void aFormPostThatAsksFirstIsAnsweredNotLeftWaiting() throws Exception {
        assertEquals(403, post(FORM, "csrf=not-the-token&text=" + "a".repeat(20_000), true),
                "read, then refused for its token");
    }

    /**
     * A page fetched with a body that asks first (a GET has no use for one) gets its final answer at once, before any
     * of the body is sent, as RFC 9110 section 10.1.1 allows; the connection is then the client's to close. Read on the
     * wire: JDK 17's HttpClient waits for ever on this answer (JDK-8286171), which the bad-input suite once reported
     * as these pages leaving the request unanswered.
     */
    @Test
    void aPageFetchedWithABodyThatAsksFirstIsAnsweredBeforeTheBody() throws Exception {
        for (String page : List.of("/receipt/start", "/receipt/come-back", "/")) {
            try (Socket socket = new Socket(formPost.getHost(), formPost.getPort())) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(("GET " + page + " HTTP/1.1\r\nHost: " + formPost.getHost() + "\r\n"
                        + "Content-Type: text/plain\r\nContent-Length: 100000\r\nExpect: 100-continue\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1)).readLine();
                assertEquals("HTTP/1.1 200 OK", statusLine, page + ", with none of its body sent");
            }
        }
    }

    /**
     * A JSON field named twice is refused as malformed: parsers differ on which one wins, and Jackson failed on the
     * API's records (a 500).
     */
    @Test
    void aJsonBodyThatNamesAFieldTwiceIsABadRequest() {
        given().header("X-Forwarded-For", "10.79.0.1").contentType(ContentType.JSON)
                .body("{\"receiptCode\":\"1234\",\"receiptCode\":{\"again\":1}}").post("/api/v1/anonymous/sessions")
                .then().statusCode(400);
    }

    private int post(String contentType, String body, boolean askFirst) throws Exception {
        return client.sendAsync(HttpRequest.newBuilder(formPost).expectContinue(askFirst)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).get(10, TimeUnit.SECONDS).statusCode();
    }
}
