package org.safeguarding.portal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.safeguarding.portal.intake.steps.DraftService;
import org.safeguarding.portal.receipt.SessionHousekeeping;
import org.safeguarding.portal.retention.RecordKind.Disposal;
import org.safeguarding.portal.retention.RetentionSchedule.Rule;
import org.safeguarding.portal.security.limits.AttemptLimiter;
import org.safeguarding.portal.security.session.EndedSignIns;

/**
 * Deletes the short-lived rows the schedule leaves to housekeeping (its rules with disposal HOUSEKEEPING: unsent
 * drafts, receipt sessions, rate-limit windows, ended sign-ins, and its own old run records), each after its rule's
 * period, and records each run's count per rule in {@code housekeeping_run}: automatic, never silent. The periods are
 * the schedule's, nowhere else. One run at a time across instances (a database lock; a second run at the same moment
 * skips), so no count is recorded twice.
 */
@ApplicationScoped
public class Housekeeping {

    private static final long LOCK = 0x686f757365L; // "house"

    private final EntityManager em;
    private final RetentionCatalogue catalogue;
    private final SessionHousekeeping sessions;
    private final AttemptLimiter limiter;
    private final EndedSignIns endedSignIns;
    private final DraftService drafts;
    private final Clock clock;

    Housekeeping(EntityManager em, RetentionCatalogue catalogue, SessionHousekeeping sessions, AttemptLimiter limiter,
            EndedSignIns endedSignIns, DraftService drafts, Clock clock) {
        this.em = em;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.limiter = limiter;
        this.endedSignIns = endedSignIns;
        this.drafts = drafts;
        this.clock = clock;
    }

    // The first run waits a while after start, so a start is not slowed by it. The property names predate the
    // schedule (deployments set them), hence "sessions".
    @Scheduled(every = "${portal.sessions.housekeeping-every:10m}", delayed = "${portal.sessions.housekeeping-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    /** One run at {@code now}: rows removed per kind, or an empty map when another run held the lock. */
    public Map<RecordKind, Integer> run(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return Map.<RecordKind, Integer>of();
            }
            RetentionSchedule schedule = catalogue.current();
            Map<RecordKind, Integer> removed = new EnumMap<>(RecordKind.class);
            remove(schedule, RecordKind.INTAKE_DRAFT, now, drafts::forgetUnchangedSince, removed);
            remove(schedule, RecordKind.ANONYMOUS_SESSION, now, sessions::forgetEndedBefore, removed);
            remove(schedule, RecordKind.ATTEMPT_WINDOW, now, limiter::forgetWindowsBefore, removed);
            remove(schedule, RecordKind.ENDED_SIGN_IN, now, endedSignIns::forgetPastUse, removed);
            remove(schedule, RecordKind.HOUSEKEEPING_RECORD, now, cutoff -> em.createNativeQuery(
                    "delete from housekeeping_run where ran_at <= ?1").setParameter(1, cutoff).executeUpdate(), removed);
            removed.forEach((kind, count) -> em.createNativeQuery("insert into housekeeping_run "
                    + "(ran_at, schedule_version, kind, removed) values (?1, ?2, ?3, ?4)").setParameter(1, now)
                    .setParameter(2, schedule.version()).setParameter(3, kind.name()).setParameter(4, count)
                    .executeUpdate());
            return removed;
        });
    }

    /** Runs one kind's deletion with the cutoff its rule gives, unless the council's schedule keeps it. */
    private static void remove(RetentionSchedule schedule, RecordKind kind, Instant now, ToIntFunction<Instant> delete,
            Map<RecordKind, Integer> removed) {
        Rule rule = schedule.ruleFor(kind);
        if (rule.disposal() == Disposal.HOUSEKEEPING) {
            removed.put(kind, delete.applyAsInt(rule.cutoff(now)));
        }
    }
}
