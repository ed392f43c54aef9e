package org.safeguarding.portal.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.TestClock;
import org.safeguarding.portal.testing.Tokens;

/**
 * The expiry job is safe on two instances: a copy another instance holds (its row locked mid-run) is skipped, not
 * waited for and not expired twice; the next run takes it. Two runs at once expire every due copy exactly once
 * between them. Run through the scheduler's entry point, on the real database.
 */
@QuarkusTest
class CopyExpiryTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    CopyExpiry expiry;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** A released copy on a new case of survivor1's; its request id. */
    private String releasedCopy() {
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        String request = tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/records-requests").then()
                .statusCode(201).extract().path("id");
        String copy = "/api/v1/cases/" + id + "/requests/" + request + "/copy";
        tokens.as("caseworker1").post(copy + "/reviewed").then().statusCode(200);
        tokens.as("caseworker2").post(copy + "/release").then().statusCode(200);
        return request;
    }

    private boolean expired(String request) {
        return Rows.count(dataSource, "select count(*) from records_copy where request_id = ? and expired_at is not "
                + "null and content_ciphertext is null", UUID.fromString(request)) == 1;
    }

    @Test
    void aCopyAnotherInstanceHoldsIsSkippedAndTakenByTheNextRun() throws Exception {
        String held = releasedCopy();
        String free = releasedCopy();
        clock.advance(RecordsCopy.HELD_AFTER_RELEASE.plusMinutes(1));
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "select id from records_copy where request_id = ? for update")) {
                lock.setObject(1, UUID.fromString(held));
                try (ResultSet locked = lock.executeQuery()) {
                    locked.next();
                }
            }
            CompletableFuture.runAsync(expiry::scheduled).get(20, TimeUnit.SECONDS);
            assertEquals(List.of(false, true), List.of(expired(held), expired(free)),
                    "the held copy is skipped without waiting; the other one expires");
            other.commit();
        }
        expiry.scheduled();
        assertEquals(true, expired(held), "the next run takes it");
        assertEquals(0, expiry.expireDue(), "nothing is expired twice");
    }

    @Test
    void twoRunsAtOnceExpireEachDueCopyOnce() throws Exception {
        List<String> requests = List.of(releasedCopy(), releasedCopy(), releasedCopy());
        clock.advance(RecordsCopy.HELD_AFTER_RELEASE.plus(Duration.ofHours(1)));
        long due = Rows.count(dataSource, "select count(*) from records_copy where released_at is not null and "
                + "expired_at is null and expires_at <= ?", java.sql.Timestamp.from(clock.instant()));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(expiry::expireDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(expiry::expireDue);
        assertEquals(due, one.get(30, TimeUnit.SECONDS) + two.get(30, TimeUnit.SECONDS),
                "between them, every due copy once");
        requests.forEach(request -> assertEquals(true, expired(request)));
    }
}
