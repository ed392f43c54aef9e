package org.safeguarding.portal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.safeguarding.portal.casework.CaseViews.ContactPlanView;
import org.safeguarding.portal.web.Messages;

/**
 * Tells a survivor, outside the portal, that there is something new, without saying what, from whom, or why: a
 * neutral sender, subject and text that anyone who sees the device can read without learning anything. Only by
 * e-mail (no text-message provider is configured), only if the survivor's contact plan allows e-mail and gives an
 * address, never while the case is paused or marked do-not-contact, and only inside the plan's safe windows: a notice
 * waits in {@code outbound_notice} until then, and the plan in force is checked again at the moment of sending.
 */
@ApplicationScoped
public class NeutralNotices {

    private static final Logger LOG = Logger.getLogger(NeutralNotices.class);
    static final int MAX_ATTEMPTS = 10;

    private final EntityManager em;
    private final CaseRepository cases;
    private final PreferencesService preferences;
    private final Mailer mailer;
    private final Messages words;
    private final String portalUrl;
    private final Clock clock = Clock.systemUTC();

    NeutralNotices(EntityManager em, CaseRepository cases, PreferencesService preferences, Mailer mailer,
            Messages words, @ConfigProperty(name = "portal.public-url") String portalUrl) {
        this.em = em;
        this.cases = cases;
        this.preferences = preferences;
        this.mailer = mailer;
        this.words = words;
        this.portalUrl = portalUrl;
    }

    /** The hub wrote in the portal: queue a notice if the plan allows one at all (timing is decided when sending). */
    @Transactional(Transactional.TxType.MANDATORY)
    void hubWrote(SurvivorCase found) {
        if (addressIfAllowed(found.status, preferences.contactPlanInForce(found.id), null) == null) {
            return;
        }
        // One waiting notice says it all: several writes in an afternoon are not several e-mails to a watched inbox.
        boolean waiting = !em.createNativeQuery("select 1 from outbound_notice where case_id = ?1 and sent_at is null "
                + "and cancelled_at is null").setParameter(1, found.id).getResultList().isEmpty();
        if (waiting) {
            return;
        }
        em.createNativeQuery("insert into outbound_notice (id, case_id, channel, queued_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, found.id)
                .setParameter(3, ContactChannel.EMAIL.name()).setParameter(4, now()).executeUpdate();
    }

    @Scheduled(every = "${portal.notices.every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /** One run: sends each queued notice whose moment is safe now; returns how many were sent. */
    public int sendDue() {
        List<UUID> queued = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from outbound_notice where sent_at is null and cancelled_at is null and attempts < ?1 "
                        + "order by queued_at limit 100", UUID.class).setParameter(1, MAX_ATTEMPTS).getResultList());
        int sent = 0;
        for (UUID notice : queued) {
            if (QuarkusTransaction.requiringNew().call(() -> sendOne(notice))) {
                sent++;
            }
        }
        return sent;
    }

    /** Locks the notice, checks the plan in force now, and sends or cancels it; false if it must wait or failed. */
    private boolean sendOne(UUID notice) {
        List<?> row = em.createNativeQuery("select case_id from outbound_notice where id = ?1 and sent_at is null "
                + "and cancelled_at is null for update skip locked").setParameter(1, notice).getResultList();
        if (row.isEmpty()) {
            return false;
        }
        SurvivorCase found = cases.findById((UUID) row.get(0));
        ContactPlanView plan = preferences.contactPlanInForce(found.id);
        Instant now = now();
        String address = addressIfAllowed(found.status, plan, null);
        if (address == null) {
            // The survivor withdrew e-mail, removed the address, paused or was marked do-not-contact: never send.
            mark(notice, "cancelled_at", now);
            return false;
        }
        if (addressIfAllowed(found.status, plan, now) == null) {
            return false; // Not a safe time: it waits for the next safe window.
        }
        try {
            mailer.send(Mail.withText(address, words.text("notice_subject"),
                    words.text("notice_body") + "\n\n" + portalUrl + "\n"));
            mark(notice, "sent_at", now);
            return true;
        } catch (RuntimeException failed) {
            // Only the type: the message of a mail failure can quote the recipient's address.
            LOG.warnf("A neutral notice could not be sent (%s); it will be retried", failed.getClass().getName());
            em.createNativeQuery("update outbound_notice set attempts = attempts + 1 where id = ?1")
                    .setParameter(1, notice).executeUpdate();
            return false;
        }
    }

    /** The address to use if a notice by e-mail is allowed (at this moment, when one is given), else null. */
    private static String addressIfAllowed(CaseStatus status, ContactPlanView plan, Instant at) {
        if (plan == null || plan.email() == null) {
            return null;
        }
        return ContactRules.refusal(status, plan, ContactChannel.EMAIL, at).isEmpty() ? plan.email() : null;
    }

    private void mark(UUID notice, String column, Instant at) {
        em.createNativeQuery("update outbound_notice set " + column + " = ?1 where id = ?2").setParameter(1, at)
                .setParameter(2, notice).executeUpdate();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
