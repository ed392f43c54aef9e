package org.safeguarding.portal.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Neutral notices as a hub manager watches them: {@code portal.notices.waiting}, notices queued and not yet sent
 * (waiting for a safe window, or for the mail relay), and {@code portal.notices.given.up}, notices the relay refused
 * {@value NeutralNotices#MAX_ATTEMPTS} times, which nobody will send now. Counts for the whole hub, never broken down
 * by anything about the survivors, read from the database on a schedule (a scrape never queries it).
 */
@ApplicationScoped
@Startup // the gauges are there from the start, not from the first scheduled read
public class NoticeMetrics {

    private static final Logger LOG = Logger.getLogger(NoticeMetrics.class);

    private final EntityManager em;
    private volatile double waiting = Double.NaN;
    private volatile double givenUp = Double.NaN;

    NoticeMetrics(EntityManager em, MeterRegistry metrics) {
        this.em = em;
        Gauge.builder("portal.notices.waiting", this, m -> m.waiting)
                .description("Neutral notices queued and not sent yet (waiting for a safe time or the mail relay)")
                .register(metrics);
        Gauge.builder("portal.notices.given.up", this, m -> m.givenUp)
                .description("Neutral notices the mail relay refused too often: they will not be sent")
                .register(metrics);
    }

    /** Reads both counts again; unknown (NaN) while the database cannot be read, rather than stale numbers. */
    @Scheduled(every = "${portal.metrics.every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    select count(*) filter (where attempts < ?1), count(*) filter (where attempts >= ?1)
                      from outbound_notice where sent_at is null and cancelled_at is null""")
                    .setParameter(1, NeutralNotices.MAX_ATTEMPTS).getSingleResult());
            waiting = ((Number) counts[0]).doubleValue();
            givenUp = ((Number) counts[1]).doubleValue();
        } catch (RuntimeException unreadable) {
            waiting = Double.NaN;
            givenUp = Double.NaN;
            LOG.warnf("Waiting notices could not be counted (%s)", unreadable.getClass().getName());
        }
    }

    public double waiting() {
        return waiting;
    }

    public double givenUp() {
        return givenUp;
    }
}
