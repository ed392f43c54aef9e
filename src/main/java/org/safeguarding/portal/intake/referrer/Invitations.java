package org.safeguarding.portal.intake.referrer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.receipt.AnonymousSessions;
import org.safeguarding.portal.receipt.ReceiptCodes;
import org.safeguarding.portal.receipt.SubmissionReceipts;
import org.safeguarding.portal.security.Roles;

/**
 * The survivor's way into a case someone else referred: a caseworker makes a one-time code and hands it over safely
 * (it is shown to the caseworker once, and never sent to the referrer); the survivor, signed in or with a new receipt
 * code instead of an account, accepts it and the case becomes theirs. A newer code ends the older ones; an accepted, replaced or expired code opens nothing, and
 * every code that opens nothing is answered alike.
 */
@ApplicationScoped
public class Invitations {

    /** RFC 9457 type of the refusal to invite to a case that is already its survivor's. */
    public static final String ALREADY_THEIRS_TYPE = "urn:portal:problem:case-already-the-survivors";
    private static final String HASH_PURPOSE = "survivor-invitation";

    /** A code as the caseworker is shown it, once. */
    public record Issued(String code, Instant expiresAt) {
    }

    private final EntityManager em;
    private final CaseService cases;
    private final ReceiptCodes keys;
    private final AuditService audit;
    private final Clock clock;
    private final Duration lifetime;
    private final SubmissionReceipts receipts;
    private final AnonymousSessions sessions;

    Invitations(EntityManager em, CaseService cases, ReceiptCodes keys, AuditService audit, Clock clock,
            @ConfigProperty(name = "portal.referrer.invitation-lifetime", defaultValue = "P14D") Duration lifetime,
            SubmissionReceipts receipts, AnonymousSessions sessions) {
        this.em = em;
        this.sessions = sessions;
        this.receipts = receipts;
        this.cases = cases;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * A new code for the case, ending any earlier one; empty (404) for no such case. The need-to-know rule for a
     * change applies (a colleague's case needs a declared reason), and a case that is already its survivor's is a 409.
     */
    @Transactional
    public Optional<Issued> invite(Actor caseworker, UUID caseId) {
        return inviteTo(caseworker, caseId).map(IssuedFor::issued);
    }

    /** A code as the caseworker's page shows it: with the case it opens, for the page's context. */
    public record IssuedFor(ActionCase found, Issued issued) {
    }

    /** As {@link #invite}, with the case for the page. */
    @Transactional
    public Optional<IssuedFor> inviteTo(Actor caseworker, UUID caseId) {
        return cases.openForChange(caseworker, caseId).map(found -> {
            if (!cases.findById(caseId).ownerSubject().startsWith(Referrers.AWAITING_SURVIVOR)) {
                throw new Refused(409, "referrer_invitation_already_theirs", ALREADY_THEIRS_TYPE);
            }
            Instant now = now();
            endOpenInvitations(caseId, now);
            String code = InvitationCodes.next();
            SurvivorInvitation invitation = new SurvivorInvitation();
            invitation.id = UUID.randomUUID();
            invitation.caseId = caseId;
            invitation.codeHash = hash(InvitationCodes.normalised(code).orElseThrow());
            invitation.createdAt = now;
            invitation.createdBy = caseworker.subject();
            invitation.expiresAt = now.plus(lifetime);
            em.persist(invitation);
            audit.record(caseworker, AuditAction.INVITE_SURVIVOR, CaseService.RECORD_TYPE, caseId, null);
            return new IssuedFor(found, new Issued(code, invitation.expiresAt));
        });
    }

    /**
     * The survivor accepts: the case becomes theirs and the code ends. Empty for a code that opens nothing (unknown,
     * accepted, replaced, expired, or its case already someone's), all alike.
     */
    @Transactional
    public Optional<CaseSummary> accept(Actor survivor, String typedCode) {
        return giveTo(survivor, typedCode);
    }

    /** A case taken over without an account: its new receipt's owner and code (shown once), and the case. */
    public record TakenWithReceipt(CaseSummary taken, String receiptCode, AnonymousSessions.OpenedSession session) {
    }

    /**
     * A person without an account accepts: the case gets a new pseudonymous owner {@code receipt:<uuid>}, as an
     * anonymous submission does, with a receipt whose code is returned once. Nobody else owns anything under that
     * owner, so the code opens this one case, and a receipt session for another case has no part in it. Empty for a
     * code that opens nothing, as for {@link #accept}.
     */
    @Transactional
    public Optional<TakenWithReceipt> acceptWithReceipt(String typedCode) {
        String owner = SubmissionReceipts.newOwner();
        return giveTo(new Actor(owner, Roles.RECEIPT_HOLDER), typedCode)
                .map(taken -> new TakenWithReceipt(taken, receipts.issueForInvitation(owner), sessions.open(owner)));
    }

    /**
     * Where the case's invitation stands, for the caseworker's record (the record's read is audited by its caller):
     * accepted, outstanding, expired, or none made. The code itself is never kept, so it is never shown again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public InvitationState stateOf(UUID caseId) {
        boolean awaiting = cases.findById(caseId).ownerSubject().startsWith(Referrers.AWAITING_SURVIVOR);
        Optional<SurvivorInvitation> newest = em.createQuery(
                "from SurvivorInvitation i where i.caseId = ?1 order by i.createdAt desc", SurvivorInvitation.class)
                .setParameter(1, caseId).setMaxResults(1).getResultStream().findFirst();
        if (newest.isEmpty()) {
            return new InvitationState(awaiting ? InvitationState.Stage.NONE : InvitationState.Stage.ACCEPTED,
                    null, null, null);
        }
        SurvivorInvitation latest = newest.get();
        if (!awaiting) {
            return new InvitationState(InvitationState.Stage.ACCEPTED, latest.createdAt, latest.expiresAt,
                    latest.endedAt);
        }
        boolean open = latest.endedAt == null && latest.expiresAt.isAfter(now());
        return new InvitationState(open ? InvitationState.Stage.OUTSTANDING : InvitationState.Stage.EXPIRED,
                latest.createdAt, latest.expiresAt, null);
    }

    private Optional<CaseSummary> giveTo(Actor survivor, String typedCode) {
        Instant now = now();
        return InvitationCodes.normalised(typedCode).flatMap(code -> em.createQuery(
                "from SurvivorInvitation i where i.codeHash = ?1 and i.endedAt is null and i.expiresAt > ?2",
                SurvivorInvitation.class).setParameter(1, hash(code)).setParameter(2, now)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst())
                .flatMap(invitation -> {
                    String placeholder = cases.findById(invitation.caseId).ownerSubject();
                    if (!placeholder.startsWith(Referrers.AWAITING_SURVIVOR)) {
                        return Optional.empty();
                    }
                    endOpenInvitations(invitation.caseId, now);
                    if (!cases.giveToSurvivor(invitation.caseId, placeholder, survivor.subject())) {
                        return Optional.empty();
                    }
                    em.createNativeQuery("update referral set owner_subject = ?2 where case_id = ?1")
                            .setParameter(1, invitation.caseId).setParameter(2, survivor.subject()).executeUpdate();
                    audit.record(survivor, AuditAction.ACCEPT_INVITATION, CaseService.RECORD_TYPE, invitation.caseId,
                            null);
                    return Optional.of(cases.summaryOf(invitation.caseId));
                });
    }

    private void endOpenInvitations(UUID caseId, Instant now) {
        em.createQuery("update SurvivorInvitation i set i.endedAt = ?2 where i.caseId = ?1 and i.endedAt is null")
                .setParameter(1, caseId).setParameter(2, now).executeUpdate();
    }

    private byte[] hash(String normalisedCode) {
        return keys.hmac(HASH_PURPOSE, normalisedCode);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
