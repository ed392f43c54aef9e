package org.safeguarding.portal.rights;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.audit.CaseAccessLog;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.contact.PreferencesService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.core.WorkingCalendar;
import org.safeguarding.portal.intake.ReferralService;
import org.safeguarding.portal.intake.steps.DraftService;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.retention.LegalHoldService;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.security.Roles;

/**
 * A survivor's request to erase their data: recorded (their words encrypted), decided by a lead within one calendar
 * month, category by category with reasons; what the law allows is erased at once ({@link #mayEraseNow}), the rest of
 * the record is restricted (kept for storage and legal claims, no longer worked on), and the survivor is told the
 * decision and the reasons in the portal.
 */
@ApplicationScoped
public class ErasureService {

    public static final int MAX_WORDS_LENGTH = 5_000;
    public static final int MAX_REASONS_LENGTH = 5_000;
    /** How far back the audit log is read to tell whether staff acted on a case (an unacted case has a few lines). */
    private static final int ACTED_LOOKBACK = 500;
    static final String LIST_PURPOSE = "erasure requests";

    private final EntityManager em;
    private final CaseService cases;
    private final CaseAccessLog log;
    private final DraftService drafts;
    private final PreferencesService preferences;
    private final ReferralService referrals;
    private final MessageService messages;
    private final Messages words;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final LegalHoldService holds;
    private final Clock clock;

    ErasureService(EntityManager em, CaseService cases, CaseAccessLog log, DraftService drafts,
            PreferencesService preferences, ReferralService referrals, MessageService messages, Messages words,
            FieldCipher cipher, AuditService audit, WorkingCalendar calendar, LegalHoldService holds, Clock clock) {
        this.em = em;
        this.cases = cases;
        this.log = log;
        this.drafts = drafts;
        this.preferences = preferences;
        this.referrals = referrals;
        this.messages = messages;
        this.words = words;
        this.cipher = cipher;
        this.audit = audit;
        this.calendar = calendar;
        this.holds = holds;
        this.clock = clock;
    }

    /** A request as its asker or a lead sees it. {@code words} and {@code reasons} are decrypted for the reader. */
    public record ErasureView(UUID id, UUID caseId, Instant madeAt, Instant dueAt, String words, Instant decidedAt,
            Set<ErasureCategory> erased, Boolean restricted, String reasons) {
        public boolean decided() {
            return decidedAt != null;
        }
    }

    /**
     * "Please erase my data", with optional words. 409 while an earlier request on the case is undecided; empty (404)
     * for a case that is not theirs.
     */
    @Transactional
    public Optional<ErasureView> ask(Actor survivor, UUID caseId, String text) {
        String said = text == null || text.isBlank() ? null : text.strip();
        if (said != null && said.length() > MAX_WORDS_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("words", "error_message_too_long")));
        }
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> {
            if (!openRequestsOf(owned.id()).isEmpty()) {
                throw new Refused(409, "erasure_already_asked");
            }
            ErasureRequest request = new ErasureRequest();
            request.id = UUID.randomUUID();
            request.caseId = owned.id();
            request.madeAt = now();
            request.dueAt = calendar.addCalendarMonths(request.madeAt, 1);
            request.madeByRole = survivor.role();
            if (said != null) {
                request.wordsCiphertext = cipher.encrypt(said, wordsContext(request.id));
            }
            em.persist(request);
            audit.record(survivor, AuditAction.ASK_ERASURE, CaseService.RECORD_TYPE, owned.id(), null);
            return viewOf(request);
        });
    }

    /** The survivor's own requests on their case, oldest first (a read of their case, audited); 404 if not theirs. */
    @Transactional
    public Optional<List<ErasureView>> requestsOf(Actor survivor, UUID caseId) {
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> {
            audit.record(survivor, AuditAction.VIEW_OWN_CASE, CaseService.RECORD_TYPE, owned.id(), null);
            return em.createQuery("from ErasureRequest r where r.caseId = ?1 order by r.madeAt, r.id",
                    ErasureRequest.class).setParameter(1, owned.id()).getResultStream().map(this::viewOf).toList();
        });
    }

    /** A line of the lead's list: the case's reference and the clock, nothing the survivor wrote. */
    public record OpenRequest(UUID id, String reference, Instant madeAt, Instant dueAt, boolean overdue) {
    }

    /** Undecided requests, the most urgent first, each with whether its month has run out. Audited as a list read. */
    @Transactional
    public List<OpenRequest> openRequests(Actor lead) {
        List<ErasureRequest> open = em.createQuery(
                "from ErasureRequest r where r.decidedAt is null order by r.dueAt, r.id", ErasureRequest.class)
                .setMaxResults(500).getResultList();
        audit.record(lead, AuditAction.VIEW_QUEUE, CaseService.RECORD_TYPE, null, LIST_PURPOSE);
        Map<UUID, String> references = cases.referencesOf(open.stream().map(r -> r.caseId).toList());
        Instant now = now();
        return open.stream().map(r -> new OpenRequest(r.id, references.get(r.caseId), r.madeAt, r.dueAt,
                r.dueAt.isBefore(now))).toList();
    }

    /** A request as the lead decides it: the survivor's words, and what may be erased now, category by category. */
    public record ToDecide(String reference, ErasureView request, Map<ErasureCategory, Boolean> erasable,
            boolean overdue) {
    }

    /** One request for the lead to decide, its read audited on the case; empty (404) for no such request. */
    @Transactional
    public Optional<ToDecide> openToDecide(Actor lead, UUID requestId) {
        return Optional.ofNullable(em.find(ErasureRequest.class, requestId)).map(request -> {
            SurvivorCase c = cases.findById(request.caseId);
            audit.record(lead, AuditAction.VIEW_ERASURE_REQUEST, CaseService.RECORD_TYPE, c.id(), null);
            Map<ErasureCategory, Boolean> erasable = new EnumMap<>(ErasureCategory.class);
            for (ErasureCategory category : ErasureCategory.values()) {
                erasable.put(category, mayEraseNow(c, category));
            }
            return new ToDecide(c.reference(), viewOf(request), erasable, request.dueAt.isBefore(now()));
        });
    }

    /**
     * The lead's decision: the categories to erase (each one the law allows now, else 409) and the reasons (422 without
     * them). What is chosen is erased, the rest of the record restricted, and the survivor told in the portal.
     * 409 if already decided; empty (404) for no such request.
     */
    @Transactional
    public Optional<ErasureView> decide(Actor lead, UUID requestId, Set<ErasureCategory> erase, String reasons) {
        String why = reasons == null || reasons.isBlank() ? null : reasons.strip();
        if (why == null) {
            throw new ValidationProblem(List.of(new FieldError("reasons", "erasure_reasons_required")));
        }
        if (why.length() > MAX_REASONS_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("reasons", "error_message_too_long")));
        }
        Set<ErasureCategory> chosen = erase == null ? EnumSet.noneOf(ErasureCategory.class) : EnumSet.copyOf(
                erase.isEmpty() ? EnumSet.noneOf(ErasureCategory.class) : erase);
        return Optional.ofNullable(em.find(ErasureRequest.class, requestId)).map(request -> {
            if (request.isDecided()) {
                throw new Refused(409, "erasure_already_decided");
            }
            SurvivorCase c = cases.findById(request.caseId);
            for (ErasureCategory category : chosen) {
                if (!mayEraseNow(c, category)) {
                    throw new Refused(409, "erasure_refused_not_allowed");
                }
            }
            Instant at = now();
            chosen.forEach(category -> erase(c, category));
            cases.restrict(c.id(), at);
            request.decide(lead.subject(), at, chosen, cipher.encrypt(why, reasonsContext(request.id)));
            audit.record(lead, AuditAction.DECIDE_ERASURE, CaseService.RECORD_TYPE, c.id(),
                    chosen.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            messages.tellSurvivor(lead, c.id(), decisionWords(chosen, why));
            return viewOf(request);
        });
    }

    /**
     * Whether the law lets this category of the case's data be erased now. The one place the question is answered,
     * a legal hold (retention/LegalHoldService) included: nothing erases a case under hold.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayEraseNow(SurvivorCase c, ErasureCategory category) {
        List<CaseAccessLog.Line> lines = log.linesOf(CaseService.RECORD_TYPE, c.id(), ACTED_LOOKBACK);
        boolean anonymous = lines.stream().anyMatch(line -> line.action() == AuditAction.SUBMIT_REFERRAL
                && Roles.RECEIPT_HOLDER.equals(line.actorRole()));
        // Reading counts as acting: whoever read the account may have had to act on what it says. The lead's own
        // reading of the erasure request to decide it is not (it shows the survivor's request, not the account).
        boolean staffActed = lines.size() >= ACTED_LOOKBACK || lines.stream().anyMatch(line ->
                (Roles.CASEWORKER.equals(line.actorRole()) || Roles.LEAD.equals(line.actorRole()))
                        && line.action() != AuditAction.VIEW_ERASURE_REQUEST);
        boolean underLegalHold = holds.isUnderHold(c.id());
        return ErasureRules.mayErase(category, new ErasureRules.Facts(anonymous, staffActed, underLegalHold));
    }

    private void erase(SurvivorCase c, ErasureCategory category) {
        switch (category) {
            case DRAFTS -> drafts.delete(c.ownerSubject());
            case CONTACT_DETAILS -> preferences.eraseContactDetails(c.id());
            case ANONYMOUS_CASE -> {
                referrals.eraseAccountOf(c.id());
                preferences.eraseContactDetails(c.id());
            }
        }
    }

    /** The decision in the survivor's words: what was erased, that the rest is kept safely and restricted, and why. */
    private String decisionWords(Set<ErasureCategory> erased, String reasons) {
        StringBuilder text = new StringBuilder(words.text("erasure_decided_tell"));
        if (erased.isEmpty()) {
            text.append("\n\n").append(words.text("erasure_decided_nothing_erased"));
        } else {
            text.append("\n\n").append(words.text("erasure_decided_erased"));
            erased.forEach(category -> text.append("\n- ").append(words.text(
                    Messages.key("erasure_category", category))));
        }
        text.append("\n\n").append(words.text("erasure_decided_restricted"));
        text.append("\n\n").append(words.text("erasure_decided_reasons")).append("\n").append(reasons);
        text.append("\n\n").append(words.text("erasure_decided_ico"));
        return text.toString();
    }

    private List<ErasureRequest> openRequestsOf(UUID caseId) {
        return em.createQuery("from ErasureRequest r where r.caseId = ?1 and r.decidedAt is null",
                ErasureRequest.class).setParameter(1, caseId).getResultList();
    }

    private ErasureView viewOf(ErasureRequest r) {
        return new ErasureView(r.id, r.caseId, r.madeAt, r.dueAt,
                r.wordsCiphertext == null ? null : cipher.decrypt(r.wordsCiphertext, wordsContext(r.id)),
                r.decidedAt, r.erasedCategories(), r.restricted,
                r.reasonsCiphertext == null ? null : cipher.decrypt(r.reasonsCiphertext, reasonsContext(r.id)));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static FieldContext wordsContext(UUID id) {
        return new FieldContext(ErasureRequest.TABLE, ErasureRequest.WORDS_COLUMN, id);
    }

    private static FieldContext reasonsContext(UUID id) {
        return new FieldContext(ErasureRequest.TABLE, ErasureRequest.REASONS_COLUMN, id);
    }
}
