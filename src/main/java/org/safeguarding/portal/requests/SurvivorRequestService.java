package org.safeguarding.portal.requests;

import org.safeguarding.portal.cases.events.CaseEvents;

import org.safeguarding.portal.access.CaseAccessList;
import org.safeguarding.portal.access.RecordAccess;

import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.messages.MessageService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
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
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * A survivor asks for a copy of their records (charter C9: within a calendar month) or complains (C10: acknowledged
 * within 10 working days with the Ombudsman route). The hub answering meets the promise, and the survivor is told in
 * the portal.
 */
@ApplicationScoped
public class SurvivorRequestService {

    public static final int MAX_COMPLAINT_LENGTH = 10_000;

    private final EntityManager em;
    private final CaseService cases;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final CaseEvents events;
    private final MessageService messages;
    private final Messages words;
    private final RecordAccess access;
    private final CaseAccessList accessList;
    private final Clock clock;

    SurvivorRequestService(EntityManager em, CaseService cases, FieldCipher cipher, AuditService audit,
            CaseEvents events, MessageService messages, Messages words, RecordAccess access, CaseAccessList accessList,
            Clock clock) {
        this.clock = clock;
        this.accessList = accessList;
        this.access = access;
        this.em = em;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.words = words;
    }

    /** "Send me a copy of my records"; empty (404) for a case that is not theirs. */
    @Transactional
    public Optional<RequestView> requestRecords(Actor survivor, UUID caseId) {
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> make(survivor, owned.id(),
                SurvivorRequest.Kind.RECORDS, null, Milestone.RECORDS_REQUESTED, AuditAction.REQUEST_RECORDS));
    }

    /** A complaint in the survivor's words (encrypted); empty (404) for a case that is not theirs. */
    @Transactional
    public Optional<RequestView> complain(Actor survivor, UUID caseId, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationProblem(List.of(new FieldError("text", "error_complaint_required")));
        }
        if (text.length() > MAX_COMPLAINT_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("text", "error_message_too_long")));
        }
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> make(survivor, owned.id(),
                SurvivorRequest.Kind.COMPLAINT, text.strip(), Milestone.COMPLAINT_MADE, AuditAction.COMPLAIN));
    }

    /**
     * "I don't think this should have happened" on a line of the survivor's access list: a complaint like any other
     * (charter clock, the hub's list), naming that line; words are optional and encrypted as a complaint's are. Empty
     * (404) for a case that is not theirs or an id that names no line of it.
     */
    @Transactional
    public Optional<RequestView> complainAboutAccess(Actor survivor, UUID caseId, String entryId, String text) {
        String said = text == null || text.isBlank() ? null : text.strip();
        if (said != null && said.length() > MAX_COMPLAINT_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("text", "error_message_too_long")));
        }
        return accessList.entryOf(survivor, caseId, entryId).map(entry -> {
            SurvivorRequest request = newRequest(survivor, caseId, SurvivorRequest.Kind.COMPLAINT, said);
            request.aboutAccessAt = entry.at();
            request.aboutAccessAction = entry.action();
            request.aboutAccessWho = entry.who();
            request.aboutAccessPurpose = entry.why();
            request.aboutAccessReason = entry.emergencyReason();
            return made(survivor, request, Milestone.COMPLAINT_MADE, AuditAction.COMPLAIN);
        });
    }

    /**
     * The hub acknowledges a complaint with the Ombudsman route; the survivor is told. A records request is answered
     * only by releasing the survivor's copy ({@link #recordsReleased}): 409 here. 409 if already answered; empty (404)
     * if no such request on that case.
     */
    @Transactional
    public Optional<RequestView> answer(Actor caseworker, UUID caseId, UUID requestId) {
        return requestOn(caseId, requestId).map(request -> {
            access.requireForChange(caseworker, cases.findById(caseId));
            if (request.kind == SurvivorRequest.Kind.RECORDS) {
                throw new Refused(409, "request_records_answered_by_release");
            }
            return answered(caseworker, request, words.text("request_complaint_acknowledged_tell"),
                    Milestone.COMPLAINT_ACKNOWLEDGED);
        });
    }

    /**
     * A records request is met: the survivor's copy was released by a second caseworker (subjectaccess/), who is
     * the one answering; {@code tell} is what the survivor is told (the copy is ready, what was left out and why in
     * general terms, how to complain to the ICO). Inside the release's transaction; 409 if already answered, empty if
     * no such records request on that case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RequestView> recordsReleased(Actor caseworker, UUID caseId, UUID requestId, String tell) {
        return requestOn(caseId, requestId).filter(request -> request.kind == SurvivorRequest.Kind.RECORDS)
                .map(request -> answered(caseworker, request, tell, Milestone.RECORDS_PROVIDED));
    }

    private Optional<SurvivorRequest> requestOn(UUID caseId, UUID requestId) {
        return em.createQuery("from SurvivorRequest r where r.id = ?1 and r.caseId = ?2", SurvivorRequest.class)
                .setParameter(1, requestId).setParameter(2, caseId).getResultStream().findFirst();
    }

    private RequestView answered(Actor caseworker, SurvivorRequest request, String tell, Milestone met) {
        if (request.answeredAt != null) {
            throw new Refused(409, "request_already_answered");
        }
        Instant at = now();
        request.answeredAt = at;
        request.answeredBy = caseworker.subject();
        messages.tellSurvivor(caseworker, request.caseId, tell);
        audit.record(caseworker, AuditAction.ANSWER_REQUEST, CaseService.RECORD_TYPE, request.caseId,
                request.kind.name());
        events.reached(request.caseId, caseworker, EnumSet.of(met), at, request.id);
        return viewOf(request);
    }

    /** A survivor's request and its case, as the page that answers it shows them. */
    public record RequestToAnswer(ActionCase c, RequestView request) {
    }

    /**
     * One request of a case for the page that answers it: the need-to-know rule for a change, and the read audited
     * as the record's is ({@link RecordAccess#openToAct}). Empty (404) for no such request on that case.
     */
    @Transactional
    public Optional<RequestToAnswer> openToAnswer(Actor caseworker, UUID caseId, UUID requestId) {
        return access.openToAct(caseworker, caseId).flatMap(c -> requestsOf(caseId).stream()
                .filter(r -> r.id().equals(requestId)).findFirst().map(r -> new RequestToAnswer(c, r)));
    }

    /** The case's requests, oldest first, for a reader who already opened (and so audited) the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RequestView> requestsOf(UUID caseId) {
        return em.createQuery("from SurvivorRequest r where r.caseId = ?1 order by r.madeAt, r.id",
                SurvivorRequest.class).setParameter(1, caseId).getResultStream().map(this::viewOf).toList();
    }

    private RequestView make(Actor survivor, UUID caseId, SurvivorRequest.Kind kind, String text, Milestone event,
            AuditAction action) {
        return made(survivor, newRequest(survivor, caseId, kind, text), event, action);
    }

    private SurvivorRequest newRequest(Actor survivor, UUID caseId, SurvivorRequest.Kind kind, String text) {
        SurvivorRequest request = new SurvivorRequest();
        request.id = UUID.randomUUID();
        request.caseId = caseId;
        request.kind = kind;
        request.madeAt = now();
        request.madeByRole = survivor.role();
        if (text != null) {
            request.textCiphertext = cipher.encrypt(text, context(request.id));
        }
        return request;
    }

    /** Stores the request, audits it and starts its charter clock (the promise's milestone, in this transaction). */
    private RequestView made(Actor survivor, SurvivorRequest request, Milestone event, AuditAction action) {
        em.persist(request);
        audit.record(survivor, action, CaseService.RECORD_TYPE, request.caseId, null);
        em.flush();
        events.reached(request.caseId, survivor, EnumSet.of(event), request.madeAt, request.id);
        return viewOf(request);
    }

    private RequestView viewOf(SurvivorRequest r) {
        return new RequestView(r.id, r.kind.name(), r.textCiphertext == null ? null
                : cipher.decrypt(r.textCiphertext, context(r.id)), r.madeAt, r.answeredAt, aboutAccessOf(r));
    }

    /** The access-list line a complaint names, with the words the survivor saw (no name, even their worker's). */
    private AboutAccess aboutAccessOf(SurvivorRequest r) {
        if (r.aboutAccessAt == null) {
            return null;
        }
        return new AboutAccess(r.aboutAccessAt, r.aboutAccessAction, accessList.what(r.aboutAccessAction),
                r.aboutAccessWho, r.aboutAccessWho == null ? null : accessList.role(r.aboutAccessWho),
                r.aboutAccessPurpose, r.aboutAccessPurpose == null ? null
                        : accessList.purpose(r.aboutAccessPurpose, r.aboutAccessReason), r.aboutAccessReason);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static FieldContext context(UUID requestId) {
        return new FieldContext(SurvivorRequest.TABLE, SurvivorRequest.TEXT_COLUMN, requestId);
    }
}
