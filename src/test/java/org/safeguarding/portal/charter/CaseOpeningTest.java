package org.safeguarding.portal.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.testing.Rows;

/**
 * Opening a case takes the charter's short way ({@link CharterService#caseOpened}: nothing read back, the case's charter
 * version and deadlines written in one statement). What it writes must be exactly what the general way (the promises
 * read back, the deadlines recomputed by {@code refreshCase}'s SQL) gives for the same case: these tests open cases
 * through casework, as every submission does, then run the general refresh and find nothing to change.
 */
@QuarkusTest
class CaseOpeningTest {

    @Inject
    CaseService cases;
    @Inject
    CharterService charter;
    @Inject
    CharterCatalogue catalogue;
    @Inject
    DataSource dataSource;

    private static final Actor SURVIVOR = new Actor("case-opening-test", "survivor");

    private UUID openedAt(Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> cases.openCase(SURVIVOR, at, false).id());
    }

    /** The case row's charter version, breach rank and next deadline, as the queue reads them. */
    private List<String> queueColumns(UUID caseId) {
        return Rows.texts(dataSource, "select charter_version || '|' || breach_rank || '|' || next_due_at "
                + "from survivor_case where id = ?", caseId);
    }

    private void assertTheGeneralRefreshChangesNothing(UUID caseId) {
        List<String> opened = queueColumns(caseId);
        QuarkusTransaction.requiringNew().run(() -> charter.refreshCase(caseId));
        assertEquals(opened, queueColumns(caseId), "the general refresh would have written something else");
    }

    @Test
    void anOpenedCasesDeadlinesAreWhatTheGeneralRefreshComputes() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = openedAt(now);
        assertTheGeneralRefreshChangesNothing(id);
        // Its first promises run (the acknowledgement's and the worker's), the account's is kept at once: no breach,
        // and the nearest deadline is on the row (not the "no deadline" stand-in a case without promises has).
        assertEquals(List.of("PENDING", "PENDING", "MET"), Rows.texts(dataSource,
                "select status from commitment_instance where case_id = ? order by commitment_id", id));
        assertEquals(1, Rows.count(dataSource, "select count(*) from survivor_case where id = ? and breach_rank = 1 "
                + "and next_due_at = (select min(due_at) from commitment_instance where case_id = ? "
                + "and status = 'PENDING')", id, id));
    }

    @Test
    void aCaseOpenedInThePastUnderAnotherVersionIsWrittenAsTheGeneralWayWould() {
        // As the hub records a referral received days ago: its promises are due from then, one already overdue (the
        // clock, not the opening, marks it missed), and the charter version is that day's.
        Instant received = Instant.now().minus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        UUID id = openedAt(received);
        assertTheGeneralRefreshChangesNothing(id);
        assertEquals(List.of(String.valueOf(catalogue.versionFor(received).version())), Rows.texts(dataSource,
                "select charter_version::text from survivor_case where id = ?", id));
        // Under the test profile's version 2 (in force from 2027-01-01), with its own C1.
        UUID later = openedAt(Instant.parse("2027-01-04T10:00:00Z"));
        assertTheGeneralRefreshChangesNothing(later);
        assertEquals(List.of("2"), Rows.texts(dataSource,
                "select charter_version::text from survivor_case where id = ?", later));
    }
}
