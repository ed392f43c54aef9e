package org.safeguarding.portal.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Tokens;

/**
 * {@code portal.notices.waiting} and {@code portal.notices.given.up}. The notices here are written in the state the
 * sender leaves them in, and held so the scheduled sender (every 2 s in tests) leaves them alone: one claimed by
 * another instance for an hour (still waiting), one refused as often as the sender tries (given up). Counted around
 * what the test does; other tests' notices come and go, but never in the held states.
 */
@QuarkusTest
class NoticeMetricsTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    NoticeMetrics metrics;
    @Inject
    MeterRegistry registry;

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private void execute(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID notice(UUID caseId, int attempts, String claimedFor) {
        UUID id = UUID.randomUUID();
        execute("insert into outbound_notice (id, case_id, channel, queued_at, attempts, claimed_at, claimed_until) "
                + "values (?, ?, 'EMAIL', now(), ?, now(), now() + cast(? as interval))", id, caseId, attempts,
                claimedFor);
        return id;
    }

    @Test
    void waitingAndGivenUpNoticesAreCountedUntilTheyAreSentOrCancelled() {
        UUID caseId = UUID.fromString(new Casework(new Tokens(keycloakUrl)).newCase(Map.of()));
        metrics.refresh();
        double waiting = gauge("portal.notices.waiting");
        double givenUp = gauge("portal.notices.given.up");

        UUID held = notice(caseId, 1, "1 hour");
        UUID refused = notice(caseId, NeutralNotices.MAX_ATTEMPTS, "0 seconds");
        metrics.refresh();
        assertEquals(waiting + 1, gauge("portal.notices.waiting"));
        assertEquals(givenUp + 1, gauge("portal.notices.given.up"));
        assertEquals(metrics.waiting(), gauge("portal.notices.waiting"));

        execute("update outbound_notice set sent_at = now(), claimed_until = null where id = ?", held);
        execute("update outbound_notice set cancelled_at = now() where id = ?", refused);
        metrics.refresh();
        assertEquals(waiting, gauge("portal.notices.waiting"), "a sent notice waits no longer");
        assertEquals(givenUp, gauge("portal.notices.given.up"), "nor does a cancelled one");
    }
}
