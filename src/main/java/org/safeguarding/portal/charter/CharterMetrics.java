package org.safeguarding.portal.charter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * What a hub manager watches of the charter: {@code portal.charter.breaches.open}, how many promises the clock found
 * broken that have not been kept since, on cases still open (a closed case's broken promise can no longer be put
 * right). One number for the whole hub, never broken down by area, team or anything about the survivor: it says how
 * far behind the hub is, not who is waiting. Read from the database on a schedule, so a scrape never queries it and
 * every instance shows the same value.
 */
@ApplicationScoped
@Startup // the gauge is there from the start, not from the first scheduled read
public class CharterMetrics {

    private static final Logger LOG = Logger.getLogger(CharterMetrics.class);

    private final EntityManager em;
    private volatile double openBreaches = Double.NaN;

    CharterMetrics(EntityManager em, MeterRegistry metrics) {
        this.em = em;
        Gauge.builder("portal.charter.breaches.open", this, m -> m.openBreaches)
                .description("Charter promises missed and not kept since, on open cases, across the whole hub")
                .register(metrics);
    }

    /** Reads the count again; unknown (NaN) while the database cannot be read, rather than a stale number. */
    @Scheduled(every = "${portal.metrics.every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            // Each missed promise has exactly one escalation row (CharterClock), a small table: no scan of every
            // promise ever made. The case's status is the only thing read from casework.
            Number count = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery("""
                    select count(*) from charter_escalation e
                      join commitment_instance i on i.id = e.commitment_instance_id
                      join survivor_case c on c.id = e.case_id
                     where i.status = 'MISSED' and i.met_at is null and c.status not in ('CLOSED', 'WITHDRAWN')""").getSingleResult());
            openBreaches = count.doubleValue();
        } catch (RuntimeException unreadable) {
            openBreaches = Double.NaN;
            LOG.warnf("Open charter breaches could not be counted (%s)", unreadable.getClass().getName());
        }
    }

    /** The last count read (NaN before the first read or after a failed one). */
    public double openBreaches() {
        return openBreaches;
    }
}
