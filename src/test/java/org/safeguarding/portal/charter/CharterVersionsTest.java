package org.safeguarding.portal.charter;

import org.safeguarding.portal.cases.events.Milestone;

import org.safeguarding.portal.core.WorkingCalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.testing.Rows;

/**
 * Versions: a case keeps the version it opened under, a new one applies only to cases opened after its effective
 * date, and a published version cannot be changed. (The test profile publishes a version 2 that takes effect on
 * 2027-01-01, with a different C1.)
 */
@QuarkusTest
class CharterVersionsTest {

    @Inject
    CharterCatalogue catalogue;
    @Inject
    CharterService charter;
    @Inject
    WorkingCalendar calendar;
    @Inject
    DataSource dataSource;

    private UUID caseOpenedAt(Instant at) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            jakarta.persistence.EntityManager em = io.quarkus.arc.Arc.container()
                    .instance(jakarta.persistence.EntityManager.class).get();
            em.createNativeQuery("insert into survivor_case (id, reference, owner_subject, status, opened_at) "
                    + "values (?1, ?2, 'versions-test', 'SUBMITTED', ?3)").setParameter(1, id)
                    .setParameter(2, "V" + id.toString().substring(0, 9).toUpperCase()).setParameter(3, at)
                    .executeUpdate();
            charter.caseOpened(id, new Actor("versions-test", "survivor"), at);
        });
        return id;
    }

    @Test
    void aNewVersionAppliesOnlyFromItsEffectiveDate() {
        assertEquals(1, catalogue.versionFor(Instant.parse("2026-12-31T23:30:00Z")).version(),
                "23:30 UTC on 31 December is still 2026 in London");
        assertEquals(2, catalogue.versionFor(Instant.parse("2027-01-01T00:30:00Z")).version());
    }

    @Test
    void aCaseKeepsTheRulesItOpenedUnder() {
        Instant before = Instant.parse("2026-12-30T10:00:00Z");
        Instant after = Instant.parse("2027-01-04T10:00:00Z");
        UUID old = caseOpenedAt(before);
        UUID later = caseOpenedAt(after);
        assertEquals(List.of("1"), Rows.texts(dataSource, "select charter_version from survivor_case where id = ?", old));
        assertEquals(List.of("2"), Rows.texts(dataSource, "select charter_version from survivor_case where id = ?",
                later));
        // Version 1's C1 is one working day; version 2's is three.
        assertEquals(List.of(calendar.addWorkingDays(before, 1).toString()), dues(old));
        assertEquals(List.of(calendar.addWorkingDays(after, 3).toString()), dues(later));
        // Events after version 2 took effect still follow the old case's version 1.
        QuarkusTransaction.requiringNew().run(() -> charter.record(old, new Actor("cw", "caseworker"),
                EnumSet.of(Milestone.WORKER_ASSIGNED), after));
        assertTrue(Rows.count(dataSource, "select count(*) from commitment_instance where case_id = ? and "
                + "charter_version = 1 and commitment_id = 'C4'", old) == 1);
    }

    private List<String> dues(UUID caseId) {
        return Rows.texts(dataSource, "select to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                + "from commitment_instance where case_id = ? and commitment_id = 'C1'", caseId);
    }

    @Test
    void aPublishedVersionCannotChange() {
        String changed = "{\"version\": 1, \"effectiveFrom\": \"2015-01-01\", \"title\": \"Edited\", \"commitments\": "
                + "[{\"id\": \"C1\", \"text\": \"We will reply whenever\", \"startsOn\": \"SUBMITTED\", "
                + "\"metBy\": \"ACKNOWLEDGED\", \"due\": {\"rule\": \"CALENDAR_DAYS\", \"amount\": 90}}]}";
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> QuarkusTransaction
                .requiringNew().run(() -> catalogue.publish(changed.getBytes(StandardCharsets.UTF_8), "edited.json")));
        assertTrue(refused.getMessage().contains("publish a new version"), refused.getMessage());
    }

    @Test
    void aDefinitionWithAMissingAmountIsRefused() {
        String incomplete = "{\"version\": 9, \"effectiveFrom\": \"2030-01-01\", \"title\": \"T\", \"commitments\": "
                + "[{\"id\": \"C1\", \"text\": \"x\", \"startsOn\": \"SUBMITTED\", \"metBy\": \"ACKNOWLEDGED\", "
                + "\"due\": {\"rule\": \"WORKING_DAYS\"}}]}";
        assertThrows(IllegalStateException.class,
                () -> catalogue.parse(incomplete.getBytes(StandardCharsets.UTF_8), "incomplete.json"));
    }
}
