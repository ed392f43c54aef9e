package org.safeguarding.portal.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * {@code portal.charter.breaches.open}: a promise the clock found broken counts until it is kept late or its case
 * closes. Counted around what the test does (other tests' breaches stay in the shared database); everything overdue
 * is escalated first, so only the test's own promises can move the count.
 */
@QuarkusTest
class CharterMetricsTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    CharterClock clock;
    @Inject
    CharterMetrics metrics;
    @Inject
    MeterRegistry registry;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
        clock.escalateOverdue(Instant.now());
    }

    private double openBreaches() {
        metrics.refresh();
        double scraped = registry.get("portal.charter.breaches.open").gauge().value();
        assertEquals(metrics.openBreaches(), scraped, "the gauge shows what was read");
        return scraped;
    }

    /** The case's running promises (those named, or all) are made overdue and the clock escalates them; how many. */
    private int breakRunningPromises(String id, String commitments) throws Exception {
        int broken;
        try (var c = dataSource.getConnection(); var q = c.prepareStatement("update commitment_instance "
                + "set due_at = now() - interval '1 hour' where case_id = ? and status = 'PENDING' "
                + "and commitment_id like ?")) {
            q.setObject(1, UUID.fromString(id));
            q.setString(2, commitments);
            broken = q.executeUpdate();
        }
        assertTrue(broken > 0, "a promise was running");
        clock.escalateOverdue(Instant.now());
        return broken;
    }

    private void move(String caseworker, String id, String to, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("to", to);
        tokens.as(caseworker).body(body).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200);
    }

    @Test
    void aBreachCountsUntilThePromiseIsKeptLate() throws Exception {
        double before = openBreaches();
        String id = casework.newCase(Map.of());
        assertEquals(1, breakRunningPromises(id, "C1"));
        assertEquals(before + 1, openBreaches(), "a broken promise counts");

        // Acknowledging keeps the acknowledgement promise (C1), late: no longer an open breach.
        casework.claim("caseworker1", id);
        move("caseworker1", id, "ACKNOWLEDGED", Map.of());
        assertEquals(List.of("MISSED"), Rows.texts(dataSource, "select status from commitment_instance "
                + "where case_id = ? and commitment_id = 'C1'", UUID.fromString(id)), "a breach stays a breach");
        assertEquals(before, openBreaches(), "kept late");
    }

    @Test
    void aBreachOnACaseThatClosedNoLongerCounts() throws Exception {
        String id = casework.assignedCase(Map.of(), Map.of());
        double before = openBreaches();
        int broken = breakRunningPromises(id, "%");
        for (String next : List.of("NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            move("caseworker1", id, next, Map.of());
        }
        move("caseworker1", id, "CLOSURE_PROPOSED", Map.of("survivorReasons", "Support is complete",
                "exitPlanAgreed", true, "closureReason", "SUPPORT_COMPLETED"));
        double open = openBreaches();
        assertTrue(open > before && open <= before + broken, "still open before closure: " + open);

        move("caseworker2", id, "CLOSED", Map.of());
        assertEquals(before, openBreaches(), "a closed case's broken promise can no longer be put right");
    }
}
