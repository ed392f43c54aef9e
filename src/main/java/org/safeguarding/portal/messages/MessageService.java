package org.safeguarding.portal.messages;

import jakarta.enterprise.event.Observes;

import org.safeguarding.portal.cases.events.CaseEvent;

import org.safeguarding.portal.cases.events.CaseEvents;

import org.safeguarding.portal.access.RecordAccess;

import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.PreferencesService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.cases.events.Milestone;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.security.limits.RequestLimits;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * Secure messages on a case, both ways, and information the survivor adds later without retelling. Every text is
 * encrypted before it is stored; every post is audited in its own transaction.
 */
@ApplicationScoped
public class MessageService {

    public static final int MAX_MESSAGE_LENGTH = 5_000;
    public static final int MAX_ADDITION_LENGTH = 20_000;
    public static final int MAX_OVERRIDE_LENGTH = 2_000;

    private final EntityManager em;
    private final CaseService cases;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final PreferencesService preferences;
    private final CaseEvents caseEvents;
    private final NeutralNotices notices;
    private final RecordAccess access;
    private final Clock clock;
    /** Each post stores an encrypted row and may send a notice: limited per subject and client. */
    @jakarta.inject.Inject
    RequestLimits limits;

    MessageService(EntityManager em, CaseService cases, FieldCipher cipher, AuditService audit,
            PreferencesService preferences, CaseEvents caseEvents, NeutralNotices notices, RecordAccess access, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.caseEvents = caseEvents;
        this.notices = notices;
        this.preferences = preferences;
        this.em = em;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** A message from the case's owner; empty (404) for anyone else's case. */
    @Transactional
    public Optional<MessageView> sendBySurvivor(Actor survivor, UUID caseId, String text) {
        require(text, "text", MAX_MESSAGE_LENGTH);
        limits.countMessage(survivor.subject());
        return cases.findOwnedBy(caseId, survivor.subject())
                .map(owned -> add(owned.id(), CaseMessage.Kind.MESSAGE, survivor, text, AuditAction.POST_MESSAGE));
    }

    /** More information from the case's owner, kept beside the account; empty (404) for anyone else's case. */
    @Transactional
    public Optional<MessageView> addInformation(Actor survivor, UUID caseId, String text) {
        require(text, "text", MAX_ADDITION_LENGTH);
        limits.countMessage(survivor.subject());
        return cases.findOwnedBy(caseId, survivor.subject())
                .map(owned -> add(owned.id(), CaseMessage.Kind.ADDITION, survivor, text, AuditAction.ADD_INFORMATION));
    }

    /** A message in the portal, or a contact by another channel a caseworker records, and why if the plan forbade it. */
    public record Outbound(String text, ContactChannel channel, String overrideReason, boolean preferencesAsked,
            boolean explainsDecision) {
        public Outbound(String text, ContactChannel channel, String overrideReason) {
            this(text, channel, overrideReason, false, false);
        }

        public Outbound {
            channel = channel == null ? ContactChannel.PORTAL : channel;
            overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        }
    }

    /**
     * A message from the hub, obeying the survivor's contact-safety plan ({@link ContactRules}): a channel the plan or
     * the case's status forbids is refused with 409 unless an override reason is given, which is kept (encrypted)
     * with the message. Empty (404) for a case that does not exist.
     */
    @Transactional
    public Optional<MessageView> sendByCaseworker(Actor caseworker, UUID caseId, Outbound outbound) {
        require(outbound.text(), "text", MAX_MESSAGE_LENGTH);
        if (outbound.overrideReason() != null && outbound.overrideReason().length() > MAX_OVERRIDE_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("overrideReason", "error_reason_too_long")));
        }
        limits.countMessage(caseworker.subject());
        return cases.findByIdOptional(caseId).map(found -> {
            access.requireForChange(caseworker, found);
            Optional<String> forbidden = ContactRules.refusal(found.status(), preferences.contactPlanInForce(found.id()),
                    outbound.channel(), Instant.now(clock));
            if (forbidden.isPresent() && outbound.overrideReason() == null) {
                throw new Refused(409, forbidden.get());
            }
            boolean firstContact = em.createQuery("select count(m) from CaseMessage m where m.caseId = ?1 "
                    + "and m.authorRole = ?2 and m.kind = ?3", Long.class).setParameter(1, found.id())
                    .setParameter(2, Roles.CASEWORKER).setParameter(3, CaseMessage.Kind.MESSAGE).getSingleResult() == 0;
            CaseMessage message = newMessage(found.id(), CaseMessage.Kind.MESSAGE, caseworker, outbound.text());
            message.channel = outbound.channel();
            if (forbidden.isPresent()) {
                message.overrideReasonCiphertext = cipher.encrypt(outbound.overrideReason(),
                        new FieldContext(CaseMessage.TABLE, CaseMessage.OVERRIDE_COLUMN, message.id));
            }
            em.persist(message);
            audit.record(caseworker, AuditAction.POST_MESSAGE, CaseService.RECORD_TYPE, found.id(),
                    forbidden.isPresent() ? "contact plan overridden: " + outbound.channel() : null);
            Set<Milestone> events = EnumSet.of(Milestone.CASEWORKER_CONTACT);
            if (firstContact) {
                events.add(Milestone.FIRST_CONTACT);
            }
            if (outbound.preferencesAsked()) {
                events.add(Milestone.PREFERENCES_ASKED);
            }
            if (outbound.explainsDecision()) {
                events.add(Milestone.DECISION_EXPLAINED);
            }
            em.flush();
            caseEvents.reached(found.id(), caseworker, events, message.sentAt);
            if (outbound.channel() == ContactChannel.PORTAL) {
                notices.hubWrote(found);
            }
            return viewOf(message);
        });
    }

    /**
     * Something the survivor must be told in writing as part of another change (closure reasons, a referral made
     * or withdrawn), inside that change's transaction; in the portal, which every plan allows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellSurvivor(Actor by, UUID caseId, String text) {
        em.persist(newMessage(caseId, CaseMessage.Kind.NOTICE, new Actor(by.subject(), CaseMessage.PORTAL_ROLE), text));
        notices.hubWrote(cases.findById(caseId));
    }

    /** A closed case: the survivor is told in writing why, in the words given when closure was proposed. */
    void tellWhyClosed(@Observes CaseEvent.Closed closed) {
        tellSurvivor(closed.by(), closed.caseId(), closed.reasonsForSurvivor());
    }

    /** Oldest first, for a read the caller has already authorised and audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MessageView> messagesOf(UUID caseId) {
        return em.createQuery("from CaseMessage m where m.caseId = ?1 order by m.sentAt, m.id", CaseMessage.class)
                .setParameter(1, caseId).getResultStream().map(this::viewOf).toList();
    }

    private MessageView add(UUID caseId, CaseMessage.Kind kind, Actor author, String text, AuditAction action) {
        CaseMessage message = newMessage(caseId, kind, author, text);
        em.persist(message);
        audit.record(author, action, CaseService.RECORD_TYPE, caseId, null);
        return viewOf(message);
    }

    private CaseMessage newMessage(UUID caseId, CaseMessage.Kind kind, Actor author, String text) {
        CaseMessage message = new CaseMessage();
        message.id = UUID.randomUUID();
        message.caseId = caseId;
        message.kind = kind;
        message.authorRole = author.role();
        message.authorSubject = author.subject();
        message.bodyCiphertext = cipher.encrypt(text, context(message.id));
        message.sentAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return message;
    }

    private MessageView viewOf(CaseMessage message) {
        boolean fromSurvivor = message.authorRole.equals(Roles.SURVIVOR) || message.authorRole.equals(Roles.RECEIPT_HOLDER);
        return new MessageView(message.id, message.kind.name(), fromSurvivor,
                cipher.decrypt(message.bodyCiphertext, context(message.id)), message.sentAt, message.channel,
                message.overrideReasonCiphertext == null ? null : cipher.decrypt(message.overrideReasonCiphertext,
                        new FieldContext(CaseMessage.TABLE, CaseMessage.OVERRIDE_COLUMN, message.id)));
    }

    private static void require(String text, String field, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new ValidationProblem(List.of(new FieldError(field, "error_message_required")));
        }
        if (text.length() > maxLength) {
            throw new ValidationProblem(List.of(new FieldError(field, "error_message_too_long")));
        }
    }

    private static FieldContext context(UUID messageId) {
        return new FieldContext(CaseMessage.TABLE, CaseMessage.BODY_COLUMN, messageId);
    }
}
