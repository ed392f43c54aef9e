package org.safeguarding.portal.reporting.close;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.safeguarding.portal.core.WorkingCalendar;
import org.safeguarding.portal.testing.OwnDatabase;

/**
 * The scheduled period close through its own entry point ({@code run()}, what the scheduler calls), against a real
 * database of its own: from the first referral it closes every settled month, each quarter and year after its
 * months, and the re-base of a year once the re-base month of the next year has come; a second run closes nothing
 * again. (The schedule is off in tests; the production acceptance suite runs it on its own schedule.)
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class PeriodCloseJobRunTest {

    @Inject
    PeriodCloseJob job;
    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    PeriodCloseMetrics metrics;
    @Inject
    MeterRegistry registry;

    @Test
    void aRunClosesEverySettledPeriodSinceTheFirstReferralAndASecondRunNothingMore() throws Exception {
        assertEquals(OwnDatabase.NAME, query("select current_database()").get(0), "the test's own database");
        // The first referral thirteen months back (the day in the middle of its month), one more since.
        LocalDate today = WorkingCalendar.londonDate(Instant.now(clock));
        LocalDate first = today.withDayOfMonth(15).minusMonths(13);
        Synthetic records = new Synthetic(dataSource);
        records.survivor("job-" + UUID.randomUUID(), first.atTime(10, 0).toInstant(ZoneOffset.UTC), "SELF", "ADULT",
                "SUBMITTED");
        records.survivor("job-" + UUID.randomUUID(), first.plusMonths(3).atTime(10, 0).toInstant(ZoneOffset.UTC),
                "SELF", "ADULT", "SUBMITTED");

        metrics.refresh();
        assertTrue(Double.isNaN(gauge("portal.reporting.close.last.at")), "no close yet");
        assertTrue(Double.isNaN(gauge("portal.reporting.close.last.duration.seconds")), "no close yet");
        Instant started = Instant.now(clock);

        job.run();

        // The metrics a hub manager watches: when the newest release was made, and how long the last close took.
        double closedAt = gauge("portal.reporting.close.last.at");
        assertTrue(closedAt >= started.getEpochSecond() - 1 && closedAt <= Instant.now(clock).getEpochSecond(),
                "last close at " + closedAt + ", run started " + started);
        double took = gauge("portal.reporting.close.last.duration.seconds");
        assertTrue(took > 0 && took < 600, "took " + took + " s");
        metrics.refresh();
        assertEquals(closedAt, gauge("portal.reporting.close.last.at"), "the same when read from the releases");

        // Which periods are due is PeriodCloseJobTest's; here: the run closed them through the real close. Closing a
        // year closes its months and quarters not closed yet, and its re-base releases them all again.
        List<String> releases = query("select period_id || ' ' || kind from report_release order by period_id, release");
        List<String> due = job.due(first, today).stream().map(period -> period.id()).toList();
        List<Integer> rebased = job.rebasesDue(first, today);
        assertTrue(due.size() >= 12 && !rebased.isEmpty(), "a year of months and a re-base: " + due + rebased);
        due.forEach(period -> assertTrue(releases.contains(period + " FIRST"), period + " closed: " + releases));
        rebased.forEach(year -> assertTrue(releases.contains(year + " REBASE") && releases.contains(year + "-12 REBASE"),
                year + " re-based: " + releases));
        for (String release : releases) {
            String period = release.substring(0, release.indexOf(' '));
            String year = period.substring(0, 4);
            assertTrue(due.contains(period) || due.contains(year), release + " was not due");
        }

        job.run();

        assertEquals(releases, query("select period_id || ' ' || kind from report_release order by period_id, release"),
                "a second run closes nothing again");
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
