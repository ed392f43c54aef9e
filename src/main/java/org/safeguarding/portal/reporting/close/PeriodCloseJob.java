package org.safeguarding.portal.reporting.close;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.core.WorkingCalendar;

import io.quarkus.scheduler.Scheduled;

/**
 * Closes what is due, on a schedule: every month once it has ended and its records have had time to settle, each
 * quarter and year once its months have, and the annual re-base of a year once the re-base month of the next year
 * comes. Each close is its own transaction under the close's advisory lock, so a run on two instances, or a run that
 * stopped half way, is harmless.
 */
@ApplicationScoped
public class PeriodCloseJob {

    private final PeriodClose close;
    private final EntityManager em;
    private final int settleDays;
    private final int rebaseMonth;
    private final Clock clock;
    private final PeriodCloseMetrics metrics;

    PeriodCloseJob(PeriodClose close, EntityManager em,
            @ConfigProperty(name = "portal.reporting.settle-days", defaultValue = "10") int settleDays,
            @ConfigProperty(name = "portal.reporting.rebase-month", defaultValue = "6") int rebaseMonth, Clock clock,
            PeriodCloseMetrics metrics) {
        this.close = close;
        this.metrics = metrics;
        this.em = em;
        this.settleDays = settleDays;
        this.rebaseMonth = rebaseMonth;
        this.clock = clock;
    }

    @Scheduled(every = "${portal.reporting.close-every:6h}", delayed = "${portal.reporting.close-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Optional<Instant> earliest = firstRecord();
        if (earliest.isEmpty()) {
            return;
        }
        Instant first = earliest.get();
        for (ReportPeriod period : due(WorkingCalendar.londonDate(first), WorkingCalendar.londonDate(now))) {
            long started = System.nanoTime();
            if (close.close(period, now)) {
                metrics.closed(now, Duration.ofNanos(System.nanoTime() - started));
            }
        }
        for (int year : rebasesDue(WorkingCalendar.londonDate(first), WorkingCalendar.londonDate(now))) {
            long started = System.nanoTime();
            if (close.rebase(year, now)) {
                metrics.closed(now, Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    /**
     * When the first referral was submitted, if there is one. Typed in the query: the driver hands a native
     * {@code timestamptz} back as an {@link Instant} (once cast to {@code java.sql.Timestamp}, which failed every run).
     */
    Optional<Instant> firstRecord() {
        return Optional.ofNullable(em.createNativeQuery("select min(submitted_at) from referral", Instant.class)
                .getSingleResult()).map(Instant.class::cast);
    }

    /**
     * The periods to close on {@code today}, oldest first, months before their quarter and quarters before their
     * year: every month from the first record's that ended at least the settle days ago.
     */
    List<ReportPeriod> due(LocalDate firstRecord, LocalDate today) {
        List<ReportPeriod> due = new ArrayList<>();
        for (YearMonth month = YearMonth.from(firstRecord); settled(month.plusMonths(1).atDay(1), today);
                month = month.plusMonths(1)) {
            due.add(ReportPeriod.month(month));
            if (month.getMonthValue() % 3 == 0) {
                due.add(ReportPeriod.month(month).parent());
            }
            if (month.getMonthValue() == 12) {
                due.add(ReportPeriod.year(month.getYear()));
            }
        }
        return due;
    }

    /** The years whose re-base is due on {@code today}: closed years, from the re-base month of the year after. */
    List<Integer> rebasesDue(LocalDate firstRecord, LocalDate today) {
        List<Integer> years = new ArrayList<>();
        for (int year = firstRecord.getYear(); year < today.getYear(); year++) {
            if (!today.isBefore(LocalDate.of(year + 1, rebaseMonth, 1)) && settled(LocalDate.of(year + 1, 1, 1), today)) {
                years.add(year);
            }
        }
        return years;
    }

    private boolean settled(LocalDate periodEnd, LocalDate today) {
        return !today.isBefore(periodEnd.plusDays(settleDays));
    }
}
