package org.safeguarding.portal.onward;

import org.safeguarding.portal.cases.WorkflowFacts;

import org.safeguarding.portal.contact.ConsentView;

import org.safeguarding.portal.access.RecordAccess;

import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.contact.ConsentDecision;
import org.safeguarding.portal.contact.ConsentWithdrawn;
import org.safeguarding.portal.contact.PreferencesService;
import org.safeguarding.portal.messages.MessageService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * Onward referrals to partners. Each needs the survivor's consent for the partner's purpose; without it, only a
 * recorded override on a case screened as a child at risk, and the survivor is told. Withdrawing a consent withdraws
 * the open referrals that rested on it.
 */
@ApplicationScoped
public class OnwardReferralService implements WorkflowFacts.MashAnswered {

    public static final int MAX_OVERRIDE_REASON_LENGTH = 2_000;

    private final CaseService cases;
    private final EntityManager em;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final PreferencesService preferences;
    private final MessageService messages;
    private final Messages words;
    private final RecordAccess access;
    private final Clock clock;

    OnwardReferralService(CaseService cases, EntityManager em, FieldCipher cipher, AuditService audit,
            PreferencesService preferences, MessageService messages, Messages words, RecordAccess access, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.cases = cases;
        this.em = em;
        this.cipher = cipher;
        this.audit = audit;
        this.preferences = preferences;
        this.messages = messages;
        this.words = words;
    }

    /**
     * Proposes a referral. Refused with 409 without the matching consent unless the case is screened as a child at
     * risk and an override reason is given (422 if the reason is missing). Empty (404) if the case does not exist.
     */
    @Transactional
    public Optional<OnwardReferralView> propose(Actor caseworker, UUID caseId, Partner partner, String overrideReason) {
        if (partner == null) {
            throw new ValidationProblem(List.of(new FieldError("partner", "error_partner_required")));
        }
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (reason != null && reason.length() > MAX_OVERRIDE_REASON_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("overrideReason", "error_reason_too_long")));
        }
        return cases.findByIdOptional(caseId).map(found -> {
            access.requireForChange(caseworker, found);
            if (hasConsent(found.id(), partner)) {
                return viewOf(add(caseworker, found, partner, OnwardReferral.Basis.CONSENT, null));
            }
            if (!found.childAtRisk()) {
                throw new Refused(409, "onward_refused_no_consent");
            }
            if (reason == null) {
                throw new Refused(422, "onward_refused_override_reason");
            }
            return viewOf(add(caseworker, found, partner, OnwardReferral.Basis.CHILD_RISK_OVERRIDE, reason));
        });
    }

    /** Moves a referral on; 409 if its state does not allow it; empty (404) if no such referral on that case. */
    @Transactional
    public Optional<OnwardReferralView> move(Actor caseworker, UUID caseId, UUID referralId, OnwardReferralStatus to) {
        if (to == null) {
            throw new ValidationProblem(List.of(new FieldError("status", "error_onward_status_required")));
        }
        return findOnCase(caseId, referralId).map(referral -> {
            access.requireForChange(caseworker, cases.findById(caseId));
            if (!referral.status.mayBecome(to)) {
                throw new Refused(409, "onward_refused_transition");
            }
            if (to == OnwardReferralStatus.SENT && referral.basis == OnwardReferral.Basis.CONSENT
                    && !hasConsent(caseId, referral.partner)) {
                throw new Refused(409, "onward_refused_no_consent");
            }
            change(caseworker, referral, to);
            return viewOf(referral);
        });
    }

    /**
     * A child at current risk goes to the MASH: proposed at screening unless a MASH referral is already in progress.
     * Without consent it goes on the child-at-risk override, and the survivor is told.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void routeToMash(Actor caseworker, SurvivorCase found) {
        boolean inProgress = em.createQuery("select count(r) from OnwardReferral r where r.caseId = ?1 "
                + "and r.partner = ?2 and r.status <> ?3", Long.class).setParameter(1, found.id())
                .setParameter(2, Partner.MASH).setParameter(3, OnwardReferralStatus.WITHDRAWN).getSingleResult() > 0;
        if (inProgress) {
            return;
        }
        if (hasConsent(found.id(), Partner.MASH)) {
            add(caseworker, found, Partner.MASH, OnwardReferral.Basis.CONSENT, null);
        } else {
            add(caseworker, found, Partner.MASH, OnwardReferral.Basis.CHILD_RISK_OVERRIDE,
                    words.text("onward_mash_override_reason"));
        }
    }

    /** Withdrawing a consent withdraws the open referrals that rested on it; an override's referral stays. */
    void onConsentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        List<OnwardReferral> open = em.createQuery("from OnwardReferral r where r.caseId = ?1 and r.status in ?2 "
                + "and r.basis = ?3", OnwardReferral.class).setParameter(1, withdrawn.caseId())
                .setParameter(2, OnwardReferralStatus.OPEN).setParameter(3, OnwardReferral.Basis.CONSENT)
                .getResultList();
        for (OnwardReferral referral : open) {
            if (referral.partner.consent == withdrawn.purpose()) {
                change(withdrawn.survivor(), referral, OnwardReferralStatus.WITHDRAWN);
                messages.tellSurvivor(withdrawn.survivor(), referral.caseId,
                        words.text("onward_withdrawn_tell_survivor") + " " + words.text(Messages.key("partner", referral.partner))
                                + ".");
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isMashAnswered(UUID caseId) {
        return em.createQuery("select count(r) from OnwardReferral r where r.caseId = ?1 and r.partner = ?2 "
                + "and r.status in ?3", Long.class).setParameter(1, caseId).setParameter(2, Partner.MASH)
                .setParameter(3, OnwardReferralStatus.OUTCOMES).getSingleResult() > 0;
    }

    /** A referral and its case, as the page that moves the referral on shows them. */
    public record ReferralToMove(ActionCase c, OnwardReferralView referral) {
    }

    /**
     * One referral of a case for the page that moves it on: the need-to-know rule for a change, and the read audited
     * as the record's is ({@link RecordAccess#openToAct}). Empty (404) for no such referral on that case.
     */
    @Transactional
    public Optional<ReferralToMove> openToMove(Actor caseworker, UUID caseId, UUID referralId) {
        return access.openToAct(caseworker, caseId).flatMap(c -> referralsOf(caseId).stream()
                .filter(r -> r.id().equals(referralId)).findFirst().map(r -> new ReferralToMove(c, r)));
    }

    /** The case's referrals, oldest first, for a reader who already opened (and so audited) the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OnwardReferralView> referralsOf(UUID caseId) {
        return em.createQuery("from OnwardReferral r where r.caseId = ?1 order by r.proposedAt, r.id",
                OnwardReferral.class).setParameter(1, caseId).getResultStream().map(this::viewOf).toList();
    }

    private OnwardReferral add(Actor caseworker, SurvivorCase found, Partner partner, OnwardReferral.Basis basis,
            String overrideReason) {
        OnwardReferral referral = new OnwardReferral();
        referral.id = UUID.randomUUID();
        referral.caseId = found.id();
        referral.partner = partner;
        referral.status = OnwardReferralStatus.PROPOSED;
        referral.basis = basis;
        referral.proposedAt = now();
        referral.proposedBySubject = caseworker.subject();
        if (overrideReason != null) {
            referral.overrideReasonCiphertext = cipher.encrypt(overrideReason, overrideContext(referral.id));
        }
        em.persist(referral);
        em.persist(OnwardReferralChange.of(referral.id, null, OnwardReferralStatus.PROPOSED, referral.proposedAt,
                caseworker.subject(), caseworker.role()));
        audit.record(caseworker, AuditAction.PROPOSE_ONWARD_REFERRAL, CaseService.RECORD_TYPE, found.id(),
                partner + " " + basis);
        if (basis == OnwardReferral.Basis.CHILD_RISK_OVERRIDE) {
            messages.tellSurvivor(caseworker, found.id(), words.text("onward_override_tell_survivor") + " "
                    + words.text(Messages.key("partner", partner)) + ".");
        }
        return referral;
    }

    private void change(Actor actor, OnwardReferral referral, OnwardReferralStatus to) {
        OnwardReferralStatus from = referral.status;
        referral.status = to;
        em.persist(OnwardReferralChange.of(referral.id, from, to, now(), actor.subject(), actor.role()));
        audit.record(actor, AuditAction.CHANGE_ONWARD_REFERRAL, CaseService.RECORD_TYPE, referral.caseId,
                referral.partner + " " + from + " -> " + to);
    }

    private boolean hasConsent(UUID caseId, Partner partner) {
        ConsentView consent = preferences.consentsInForce(caseId).get(partner.consent);
        return consent != null && consent.decision() == ConsentDecision.GRANTED;
    }

    private Optional<OnwardReferral> findOnCase(UUID caseId, UUID referralId) {
        return em.createQuery("from OnwardReferral r where r.id = ?1 and r.caseId = ?2", OnwardReferral.class)
                .setParameter(1, referralId).setParameter(2, caseId).getResultStream().findFirst();
    }

    private OnwardReferralView viewOf(OnwardReferral r) {
        return new OnwardReferralView(r.id, r.partner, r.status, r.basis.name(), r.proposedAt,
                r.overrideReasonCiphertext == null ? null
                        : cipher.decrypt(r.overrideReasonCiphertext, overrideContext(r.id)));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static FieldContext overrideContext(UUID referralId) {
        return new FieldContext(OnwardReferral.TABLE, OnwardReferral.OVERRIDE_REASON_COLUMN, referralId);
    }
}
