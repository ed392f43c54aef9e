package org.safeguarding.portal.receipt;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.LogCapture;
import org.safeguarding.portal.testing.ReceiptPageSession;
import org.safeguarding.portal.testing.TestClock;

/**
 * How long a receipt session lasts, with the service's clock moved on instead of waiting: each request starts the idle
 * window again, so someone who keeps working is never cut off; a session left alone for the idle window ends; and
 * every session ends at its absolute end (8 hours after opening) however active. An ended session's next post goes
 * to "come back with your code", and nothing typed in it is logged.
 */
@QuarkusTest
class ReceiptSessionLifetimeTest {

    /** The idle window as configured (30 minutes). */
    @ConfigProperty(name = "portal.security.receipt-session-idle")
    Duration idle;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** A third of the idle window: well under it, so two steps never look idle. */
    private Duration step() {
        return idle.dividedBy(3);
    }

    @Test
    void requestsSpacedUnderTheIdleWindowKeepTheSessionOpenPastItsFirstDeadline() throws Exception {
        ReceiptPageSession session = new ReceiptPageSession();
        session.startAndConfirm();
        Instant opened = clock.instant();
        int step = 0;
        while (Duration.between(opened, clock.instant()).compareTo(idle.multipliedBy(3).dividedBy(2)) < 0) {
            clock.advance(step());
            step++;
            session.post("/my/tell-us/1", "account", "Still writing, part " + step).then().statusCode(303)
                    .header("Location", endsWith("/my/tell-us/2"));
        }
        assertTrue(step >= 4, "kept working for " + step + " steps");
        session.get("/my/tell-us/1").then().statusCode(200).body(containsString("Still writing, part " + step));
    }

    @Test
    void aSessionLeftAloneForTheIdleWindowEndsAndItsNextPostGoesToComeBackWithTheCode() throws Exception {
        ReceiptPageSession session = new ReceiptPageSession();
        String code = session.startAndConfirm();
        session.post("/my/tell-us/1", "account", "Saved before the pause").then().statusCode(303);
        String csrf = ReceiptPageSession.csrfFrom(session.get("/my/tell-us/1"));
        clock.advance(step());
        // A request under the idle window since the last one: still open.
        session.get("/my/tell-us/1").then().statusCode(200);
        clock.advance(idle.plusSeconds(1));

        String typed = "Typed after the session ended " + UUID.randomUUID();
        try (LogCapture log = LogCapture.start()) {
            Response post = session.postWithToken(csrf, "/my/tell-us/1", "account", typed);
            assertEquals(302, post.statusCode(), "not a bare 403");
            assertTrue(post.header("Location").endsWith("/receipt/come-back?expired=true"), post.header("Location"));
            assertEquals(java.util.List.of(), log.linesContaining(typed), "nothing typed is logged");
        }
        assertEquals(null, session.cookie("portal_receipt"), "the ended session's cookie is cleared");
        session.get("/receipt/come-back?expired=true").then().statusCode(200)
                .body(containsString("id=\"expired\""))
                .body(containsString("we closed your session"))
                .body(containsString("Enter your receipt code"));

        // The code opens it again, with what was saved before the pause.
        ReceiptPageSession later = new ReceiptPageSession();
        later.comeBack(code).then().statusCode(303);
        later.get("/my/tell-us/1").then().statusCode(200).body(containsString("Saved before the pause"));
    }

    @Test
    void theAbsoluteEndClosesASessionHoweverActive() throws Exception {
        ReceiptPageSession session = new ReceiptPageSession();
        session.startAndConfirm();
        byte[] tokenHash = MessageDigest.getInstance("SHA-256")
                .digest(session.cookie("portal_receipt").getBytes(StandardCharsets.US_ASCII));
        try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(
                "select created_at, ends_at from anonymous_session where token_hash = ?")) {
            read.setBytes(1, tokenHash);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), "the session is stored");
                assertEquals(Duration.ofHours(8), Duration.between(row.getObject(1, OffsetDateTime.class),
                        row.getObject(2, OffsetDateTime.class)), "portal.security.receipt-session-absolute");
            }
        }
        // As if it had been opened 8 hours ago less a moment: its absolute end comes within the idle window.
        Duration left = step().multipliedBy(2);
        try (Connection c = dataSource.getConnection(); PreparedStatement end = c.prepareStatement(
                "update anonymous_session set ends_at = ?, created_at = ? where token_hash = ?")) {
            OffsetDateTime endsAt = clock.instant().plus(left).atOffset(java.time.ZoneOffset.UTC);
            end.setObject(1, endsAt);
            end.setObject(2, endsAt.minusHours(8));
            end.setBytes(3, tokenHash);
            assertEquals(1, end.executeUpdate());
        }
        Instant deadline = clock.instant().plus(left);
        int kept = 0;
        while (clock.instant().isBefore(deadline.minus(step().dividedBy(2)))) {
            session.get("/my/tell-us/1").then().statusCode(200);
            kept++;
            clock.advance(step().dividedBy(2));
        }
        assertTrue(kept >= 2, "the session was in use up to its end");
        clock.advance(Duration.ofMillis(Math.max(0, Duration.between(clock.instant(), deadline).toMillis()) + 500));
        // Minutes since the last request, far inside the idle window: ended all the same.
        session.get("/my/tell-us/1").then().statusCode(302)
                .header("Location", endsWith("/receipt/come-back?expired=true"));
        session.request().header("Authorization", "Receipt " + session.cookie("portal_receipt"))
                .get("/api/v1/me/cases").then().statusCode(401);
    }
}
