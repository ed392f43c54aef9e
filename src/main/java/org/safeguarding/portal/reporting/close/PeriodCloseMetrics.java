package org.safeguarding.portal.reporting.close;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The board's period close as a hub manager watches it: {@code portal.reporting.close.last.at}, when the newest
 * release (a close or a re-base) was made, by whichever instance made it (from the releases themselves, so it
 * survives restarts; a month that should have closed and has not shows as this growing old), and
 * {@code portal.reporting.close.last.duration.seconds}, how long the last close this instance made took (a close is
 * one transaction of at most 30 minutes: a duration creeping towards that is the warning). Calendar facts only:
 * nothing about what a release counts.
 */
@ApplicationScoped
@Startup // the gauges are there from the start, not from the first scheduled read
public class PeriodCloseMetrics {

    private static final Logger LOG = Logger.getLogger(PeriodCloseMetrics.class);

    private final EntityManager em;
    private volatile double lastClosedAt = Double.NaN;
    private volatile double lastDurationSeconds = Double.NaN;

    PeriodCloseMetrics(EntityManager em, MeterRegistry metrics) {
        this.em = em;
        Gauge.builder("portal.reporting.close.last.at", this, m -> m.lastClosedAt)
                .description("When the newest board release (period close or re-base) was made, by any instance "
                        + "(seconds since the epoch)").register(metrics);
        Gauge.builder("portal.reporting.close.last.duration.seconds", this, m -> m.lastDurationSeconds)
                .description("How long the last period close or re-base made by this instance took")
                .register(metrics);
    }

    /** This instance made a release as of {@code asOf}, in {@code took}. */
    void closed(Instant asOf, Duration took) {
        lastDurationSeconds = took.toNanos() / 1e9;
        double at = asOf.getEpochSecond();
        if (Double.isNaN(lastClosedAt) || at > lastClosedAt) {
            lastClosedAt = at;
        }
    }

    /** Reads when the newest release was made; NaN while there is none or the database cannot be read. */
    @Scheduled(every = "${portal.metrics.every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            Number newest = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                    "select extract(epoch from max(closed_at)) from report_release").getSingleResult());
            lastClosedAt = newest == null ? Double.NaN : Math.floor(newest.doubleValue());
        } catch (RuntimeException unreadable) {
            lastClosedAt = Double.NaN;
            LOG.warnf("The last period close could not be read (%s)", unreadable.getClass().getName());
        }
    }

    public double lastClosedAt() {
        return lastClosedAt;
    }

    public double lastDurationSeconds() {
        return lastDurationSeconds;
    }
}
