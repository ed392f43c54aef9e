package org.safeguarding.portal.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/** The clock marks overdue promises missed and escalates each exactly once, however many runs race. */
@QuarkusTest
class CharterClockTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    CharterClock clock;

    private String newCaseWithOverdueAcknowledgement() throws Exception {
        String id = new Tokens(keycloakUrl).as("survivor1").body(Map.of("contactPlan", Map.of("noContact", true)))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        try (var c = dataSource.getConnection(); var q = c.prepareStatement("update commitment_instance "
                + "set due_at = now() - interval '1 hour' where case_id = ? and commitment_id = 'C1'")) {
            q.setObject(1, UUID.fromString(id));
            assertEquals(1, q.executeUpdate());
        }
        return id;
    }

    @Test
    void twoRunsAtOnceEscalateEachBreachOnce() throws Exception {
        String id = newCaseWithOverdueAcknowledgement();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = List.of(
                    runs.submit(() -> { start.await(); return clock.escalateOverdue(Instant.now()); }),
                    runs.submit(() -> { start.await(); return clock.escalateOverdue(Instant.now()); }));
            start.countDown();
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            runs.shutdown();
        }
        assertEquals(0, clock.escalateOverdue(Instant.now()), "nothing left overdue after a run");
        assertEquals(1, Rows.count(dataSource, "select count(*) from charter_escalation e join commitment_instance i "
                + "on i.id = e.commitment_instance_id where i.case_id = ? and i.commitment_id = 'C1'",
                UUID.fromString(id)), "one escalation per breach");
        assertEquals(List.of("MISSED"), Rows.texts(dataSource, "select status from commitment_instance "
                + "where case_id = ? and commitment_id = 'C1'", UUID.fromString(id)));
        assertEquals(List.of("true"), Rows.texts(dataSource, "select breach_rank = 0 from survivor_case where id = ?",
                UUID.fromString(id)));
    }

    @Test
    void theScheduledEntryPointEscalatesAnOverduePromise() throws Exception {
        String id = newCaseWithOverdueAcknowledgement();

        clock.tick();

        assertEquals(List.of("MISSED"), Rows.texts(dataSource, "select status from commitment_instance "
                + "where case_id = ? and commitment_id = 'C1'", UUID.fromString(id)));
        assertEquals(1, Rows.count(dataSource, "select count(*) from charter_escalation e join commitment_instance i "
                + "on i.id = e.commitment_instance_id where i.case_id = ? and i.commitment_id = 'C1'",
                UUID.fromString(id)));
    }

    @Test
    void anEscalatedCaseIsListedAndLeadsTheQueue() throws Exception {
        String id = newCaseWithOverdueAcknowledgement();
        clock.escalateOverdue(Instant.now());
        Tokens tokens = new Tokens(keycloakUrl);
        String reference = tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200).extract()
                .path("reference");
        tokens.as("caseworker1").get("/api/v1/charter/escalations").then().statusCode(200)
                .body("find { it.caseId == '" + id + "' }.commitmentId", org.hamcrest.Matchers.equalTo("C1"))
                .body("find { it.caseId == '" + id + "' }.reference", org.hamcrest.Matchers.equalTo(reference));
        List<Boolean> escalated = tokens.as("caseworker1").get("/api/v1/cases").then().statusCode(200).extract()
                .path("escalated");
        assertTrue(escalated.get(0), "a broken promise comes first in the queue");
        tokens.as("survivor1").get("/api/v1/charter/escalations").then().statusCode(403);
        tokens.as("board1").get("/api/v1/charter/escalations").then().statusCode(403);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then()
                .body("commitments.find { it.commitmentId == 'C1' }.status", org.hamcrest.Matchers.equalTo("MISSED"));
    }
}
