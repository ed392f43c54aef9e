package org.safeguarding.portal.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.charter.CharterCompliance.CommitmentCounts;
import org.safeguarding.portal.testing.Tokens;

/** The counts the board's reporting aggregates: per commitment, kept on time, missed, waived, still running. */
@QuarkusTest
class CharterComplianceTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    CharterCompliance compliance;

    /** Moves one instance into a period no other test uses, with the outcome given. */
    private void place(String caseId, String commitment, String due, String status, String metAt) throws Exception {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement("update commitment_instance set "
                + "due_at = ?, status = ?, met_at = ? where case_id = ? and commitment_id = ?")) {
            q.setTimestamp(1, Timestamp.from(Instant.parse(due)));
            q.setString(2, status);
            q.setTimestamp(3, metAt == null ? null : Timestamp.from(Instant.parse(metAt)));
            q.setObject(4, UUID.fromString(caseId));
            q.setString(5, commitment);
            assertEquals(1, q.executeUpdate());
        }
    }

    private String newCase() {
        return new Tokens(keycloakUrl).as("survivor2").body(Map.of("contactPlan", Map.of("noContact", true)))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void onTimeRatesCountKeptAgainstMissedPerCommitment() throws Exception {
        String onTime = newCase();
        String late = newCase();
        String missed = newCase();
        place(onTime, "C1", "2031-03-04T00:00:00Z", "MET", "2031-03-03T15:00:00Z");
        place(late, "C1", "2031-03-05T00:00:00Z", "MISSED", "2031-03-06T09:00:00Z");
        place(missed, "C1", "2031-03-06T00:00:00Z", "MISSED", null);
        place(onTime, "C2", "2031-03-20T00:00:00Z", "PENDING", null);
        place(late, "C2", "2031-04-02T00:00:00Z", "MET", "2031-04-01T00:00:00Z");
        // Kept at the event it was due at (C8 at submission): met exactly at its due moment is on time.
        place(onTime, "C8", "2031-03-10T10:00:00Z", "MET", "2031-03-10T10:00:00Z");

        List<CommitmentCounts> march = compliance.countsFor(Instant.parse("2031-03-01T00:00:00Z"),
                Instant.parse("2031-04-01T00:00:00Z"));
        assertEquals(List.of(new CommitmentCounts("C1", 3, 1, 2, 0, 0), new CommitmentCounts("C2", 1, 0, 0, 0, 1),
                new CommitmentCounts("C8", 1, 1, 0, 0, 0)),
                march.stream().map(c -> new CommitmentCounts(c.commitmentId(), c.due(), c.keptOnTime(), c.missed(),
                        c.waived(), c.running())).toList());
        assertEquals(1.0 / 3, march.get(0).onTimeRate(), 1e-9, "kept on time out of all decided; late is not on time");
        assertNull(march.get(1).onTimeRate(), "nothing decided yet");
    }
}
