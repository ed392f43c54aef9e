package org.safeguarding.portal.messages;

import org.safeguarding.portal.contact.ContactPlanView;

import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.PreferencesService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import org.safeguarding.portal.core.Messages;

/**
 * Tells a survivor, outside the portal, that there is something new, without saying what, from whom, or why: a
 * neutral sender, subject and text that anyone who sees the device can read without learning anything. Only by
 * e-mail (no text-message provider is configured), only if the survivor's contact plan allows e-mail and gives an
 * address, never while the case is paused or marked do-not-contact, and only inside the plan's safe windows: a notice
 * waits in {@code outbound_notice} until then, and the plan in force is checked again at the moment of sending.
 *
 * <p>Sending is <b>claim, send, record</b>, so a relay that hangs can neither stall the other notices nor make one go
 * out twice: a short transaction claims a notice (row lock with {@code skip locked}, the plan checked again, the
 * attempt counted, a lease written to {@code claimed_until}) and commits; the mail is then sent with no transaction
 * and no lock, waiting at most {@code portal.notices.send-timeout}; a second short transaction records
 * {@code sent_at}. A claim whose lease has run out (the instance died mid-send) may be claimed again; the lease is
 * much longer than the send timeout, and a mail the relay accepted is recorded at once, also when the relay answers
 * only after the timeout, and never claimed again by this instance while its record is still to be written.
 */
@ApplicationScoped
@Startup // built at start, so a lease no longer than the send timeout stops the service then
public class NeutralNotices {

    private static final Logger LOG = Logger.getLogger(NeutralNotices.class);
    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 100;
    /** Recording a sent notice never waits long for a row lock; if it cannot, it is retried on the next run. */
    private static final String RECORD_LOCK_TIMEOUT = "2s";

    private final EntityManager em;
    private final CaseService cases;
    private final PreferencesService preferences;
    private final ReactiveMailer mailer;
    private final Messages words;
    private final String portalUrl;
    private final Duration sendTimeout;
    private final Duration lease;
    private final Clock clock;
    /**
     * Where every send starts: one event loop. Sends started at once from the scheduler's and a request's threads
     * sometimes stalled after the relay's greeting (seen in NeutralNoticeTest about one run in two); started from one
     * context they never did.
     */
    private final Context mailContext;
    /** Notices the relay accepted whose {@code sent_at} could not be written yet: recorded first on every run. */
    private final Map<UUID, Instant> acceptedNotRecorded = new ConcurrentHashMap<>();

    NeutralNotices(EntityManager em, CaseService cases, PreferencesService preferences, ReactiveMailer mailer,
            Messages words, @ConfigProperty(name = "portal.public-url") String portalUrl,
            @ConfigProperty(name = "portal.notices.send-timeout", defaultValue = "20s") Duration sendTimeout,
            @ConfigProperty(name = "portal.notices.lease", defaultValue = "10m") Duration lease, Clock clock,
            Vertx vertx) {
        if (sendTimeout.isZero() || sendTimeout.isNegative()) {
            throw new IllegalStateException("portal.notices.send-timeout must be positive");
        }
        if (lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
            // A claim must outlive the send it covers, or another run could send the same notice again.
            throw new IllegalStateException("portal.notices.lease must be at least twice portal.notices.send-timeout");
        }
        this.em = em;
        this.cases = cases;
        this.preferences = preferences;
        this.mailer = mailer;
        this.words = words;
        this.portalUrl = portalUrl;
        this.sendTimeout = sendTimeout;
        this.lease = lease;
        this.clock = clock;
        this.mailContext = vertx.getOrCreateContext();
    }

    /** The hub wrote in the portal: queue a notice if the plan allows one at all (timing is decided when sending). */
    @Transactional(Transactional.TxType.MANDATORY)
    void hubWrote(SurvivorCase found) {
        if (addressIfAllowed(found.status(), preferences.contactPlanInForce(found.id()), null) == null) {
            return;
        }
        // One waiting notice says it all: several writes in an afternoon are not several e-mails to a watched inbox.
        boolean waiting = !em.createNativeQuery("select 1 from outbound_notice where case_id = ?1 and sent_at is null "
                + "and cancelled_at is null").setParameter(1, found.id()).getResultList().isEmpty();
        if (waiting) {
            return;
        }
        em.createNativeQuery("insert into outbound_notice (id, case_id, channel, queued_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, found.id())
                .setParameter(3, ContactChannel.EMAIL.name()).setParameter(4, now()).executeUpdate();
    }

    @Scheduled(every = "${portal.notices.every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /**
     * One run: claims each queued notice whose moment is safe now, sends the claimed ones side by side (a relay that
     * hangs costs the run one send timeout, not one per notice), and records each result; returns how many were sent.
     * Safe to run at the same time on this and other instances.
     */
    public int sendDue() {
        recordAccepted();
        List<UUID> queued = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from outbound_notice where sent_at is null and cancelled_at is null and attempts < ?1 "
                        + "and (claimed_until is null or claimed_until < now()) order by queued_at limit ?2",
                UUID.class).setParameter(1, MAX_ATTEMPTS).setParameter(2, BATCH).getResultList());
        List<Sending> sending = new ArrayList<>();
        for (UUID notice : queued) {
            if (acceptedNotRecorded.containsKey(notice)) {
                continue; // The relay has it already; only its record is missing.
            }
            Claimed claimed;
            try {
                claimed = QuarkusTransaction.requiringNew().call(() -> claim(notice));
            } catch (RuntimeException notClaimed) {
                // Carry on: the sends already started must still be waited for and recorded. Only the type is logged.
                LOG.warnf("A neutral notice could not be claimed (%s); the next run tries again",
                        notClaimed.getClass().getName());
                continue;
            }
            if (claimed != null) {
                sending.add(new Sending(notice, send(claimed)));
            }
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        int sent = 0;
        for (Sending each : sending) {
            try {
                each.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                accepted(each.notice());
                sent++;
            } catch (TimeoutException hanging) {
                LOG.warnf("A neutral notice was not answered by the mail relay within %s; its claim stands until the "
                        + "relay answers or the lease ends", sendTimeout);
                // The relay may still accept it: whatever it answers later is recorded then.
                each.result().whenCompleteAsync((ignored, failure) -> settleLate(each.notice(), failure),
                        Infrastructure.getDefaultWorkerPool());
            } catch (ExecutionException failed) {
                failed(each.notice(), failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                each.result().whenCompleteAsync((ignored, failure) -> settleLate(each.notice(), failure),
                        Infrastructure.getDefaultWorkerPool());
            }
        }
        return sent;
    }

    private record Sending(UUID notice, CompletableFuture<Void> result) {
    }

    /** A notice claimed for sending: where to, and in the language the survivor reads the portal in. */
    private record Claimed(String address, Locale language) {
    }

    /**
     * In its own short transaction: locks the notice if no one else holds it, checks the plan in force now, and
     * cancels it, leaves it waiting, or claims it (attempt counted, lease written); where to send it, and in which
     * language, if claimed.
     */
    private Claimed claim(UUID notice) {
        List<?> row = em.createNativeQuery("select case_id from outbound_notice where id = ?1 and sent_at is null "
                + "and cancelled_at is null and attempts < ?2 and (claimed_until is null or claimed_until < now()) "
                + "for update skip locked").setParameter(1, notice).setParameter(2, MAX_ATTEMPTS).getResultList();
        if (row.isEmpty()) {
            return null; // Sent, cancelled, or claimed by another run in the meantime.
        }
        SurvivorCase found = cases.findById((UUID) row.get(0));
        ContactPlanView plan = preferences.contactPlanInForce(found.id());
        Instant now = now();
        String address = addressIfAllowed(found.status(), plan, null);
        if (address == null) {
            // The survivor withdrew e-mail, removed the address, paused or was marked do-not-contact: never send.
            em.createNativeQuery("update outbound_notice set cancelled_at = ?1 where id = ?2").setParameter(1, now)
                    .setParameter(2, notice).executeUpdate();
            return null;
        }
        if (addressIfAllowed(found.status(), plan, now) == null) {
            return null; // Not a safe time: it waits for the next safe window.
        }
        // Counted now, so an attempt that hangs or dies with the process still counts.
        em.createNativeQuery("update outbound_notice set attempts = attempts + 1, claimed_at = now(), "
                + "claimed_until = now() + make_interval(secs => ?1) where id = ?2")
                .setParameter(1, lease.toMillis() / 1000.0).setParameter(2, notice).executeUpdate();
        return new Claimed(address, preferences.noticeLanguageOf(found.id()).map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH));
    }

    /** Starts the send, outside any transaction, on the mail context; the mail client works on its own threads. */
    private CompletableFuture<Void> send(Claimed claimed) {
        Mail notice = Mail.withText(claimed.address(), words.text(claimed.language(), "notice_subject"),
                words.text(claimed.language(), "notice_body") + "\n\n" + portalUrl + "\n");
        CompletableFuture<Void> result = new CompletableFuture<>();
        mailContext.runOnContext(ignored -> {
            try {
                mailer.send(notice).subscribe().with(done -> result.complete(null), result::completeExceptionally);
            } catch (RuntimeException refused) {
                result.completeExceptionally(refused);
            }
        });
        return result;
    }

    /** The relay answered after the send timeout (or the run was interrupted): record what it said. */
    private void settleLate(UUID notice, Throwable failure) {
        if (failure == null) {
            accepted(notice);
        } else {
            failed(notice, failure);
        }
    }

    /** The relay accepted the notice: it is sent, whatever happens next, and must never be claimed again. */
    private void accepted(UUID notice) {
        acceptedNotRecorded.put(notice, now());
        recordAccepted();
    }

    /** Writes {@code sent_at} for every accepted notice not recorded yet; one that cannot be written is kept. */
    private void recordAccepted() {
        for (Map.Entry<UUID, Instant> each : acceptedNotRecorded.entrySet()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("select set_config('lock_timeout', ?1, true)")
                            .setParameter(1, RECORD_LOCK_TIMEOUT).getSingleResult();
                    em.createNativeQuery("update outbound_notice set sent_at = ?1, claimed_until = null where id = ?2 "
                            + "and sent_at is null").setParameter(1, each.getValue()).setParameter(2, each.getKey())
                            .executeUpdate();
                });
                acceptedNotRecorded.remove(each.getKey(), each.getValue());
            } catch (RuntimeException notYet) {
                // Only the type: the notice stays accepted in memory and is recorded on the next run.
                LOG.warnf("A sent neutral notice could not be recorded yet (%s); it will be recorded on the next run",
                        notYet.getClass().getName());
            }
        }
    }

    /** The relay refused the notice or the connection failed: the claim is given up, so the next run tries again. */
    private void failed(UUID notice, Throwable failure) {
        // Only the type: the message of a mail failure can quote the recipient's address.
        LOG.warnf("A neutral notice could not be sent (%s); it will be retried",
                failure == null ? "unknown" : failure.getClass().getName());
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbound_notice set "
                    + "claimed_until = null where id = ?1 and sent_at is null").setParameter(1, notice)
                    .executeUpdate());
        } catch (RuntimeException notReleased) {
            // The lease ends on its own.
            LOG.warnf("A neutral notice's claim could not be released (%s); it ends with its lease",
                    notReleased.getClass().getName());
        }
    }

    /** The address to use if a notice by e-mail is allowed (at this moment, when one is given), else null. */
    private static String addressIfAllowed(CaseStatus status, ContactPlanView plan, Instant at) {
        if (plan == null || plan.email() == null) {
            return null;
        }
        return ContactRules.refusal(status, plan, ContactChannel.EMAIL, at).isEmpty() ? plan.email() : null;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
