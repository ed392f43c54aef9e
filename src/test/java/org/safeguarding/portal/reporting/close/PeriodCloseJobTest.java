package org.safeguarding.portal.reporting.close;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.safeguarding.portal.reporting.ReportPeriod;

/** What the scheduled close closes, and when: months after they settle, then their quarter and year; re-bases yearly. */
class PeriodCloseJobTest {

    private final PeriodCloseJob job = new PeriodCloseJob(null, null, 10, 6, java.time.Clock.systemUTC(), null);

    @Test
    void aMonthClosesTenDaysAfterItEndsAndItsQuarterAndYearFollow() {
        LocalDate first = LocalDate.of(2025, 11, 20);
        assertEquals(List.of(), job.due(first, LocalDate.of(2025, 12, 10)));
        assertEquals(List.of("2025-11"), ids(job.due(first, LocalDate.of(2025, 12, 11))));
        assertEquals(List.of("2025-11", "2025-12", "2025-Q4", "2025", "2026-01", "2026-02", "2026-03", "2026-Q1"),
                ids(job.due(first, LocalDate.of(2026, 4, 11))));
    }

    @Test
    void aYearIsRebasedFromJuneOfTheNextYear() {
        LocalDate first = LocalDate.of(2024, 3, 1);
        assertEquals(List.of(), job.rebasesDue(first, LocalDate.of(2025, 5, 31)));
        assertEquals(List.of(2024), job.rebasesDue(first, LocalDate.of(2025, 6, 1)));
        assertEquals(List.of(2024, 2025), job.rebasesDue(first, LocalDate.of(2026, 6, 1)));
    }

    private static List<String> ids(List<ReportPeriod> periods) {
        return periods.stream().map(ReportPeriod::id).toList();
    }
}
