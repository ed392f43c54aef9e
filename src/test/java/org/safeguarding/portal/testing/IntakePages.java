package org.safeguarding.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;

/** Goes through the intake steps as a browser without JavaScript would: plain form posts, one step at a time. */
public final class IntakePages {

    private IntakePages() {
    }

    /** Answers the account and contact steps (the rest left unanswered) and leaves the draft ready to send. */
    public static void fillDraft(PageSession session, String account) {
        String csrf = session.csrfTokenFrom("/my/tell-us/1");
        post(session, "/my/tell-us/1", csrf, "account", account);
        post(session, "/my/tell-us/5", csrf, "channels", "PORTAL");
    }

    /** Fills the draft and sends it; returns the path of the new case's confirmation page. */
    public static String send(PageSession session, String account) {
        fillDraft(session, account);
        Response sent = session.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", session.csrfTokenFrom("/my/tell-us/check")).post("/my/tell-us/send");
        assertEquals(303, sent.statusCode(), "sending redirects to the new case");
        return sent.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private static void post(PageSession session, String path, String csrf, String field, String value) {
        Response saved = session.request().header("Sec-Fetch-Site", "same-origin").formParam("csrf", csrf)
                .formParam(field, value).post(path);
        assertEquals(303, saved.statusCode(), "each step saves and moves on: " + path);
    }
}
