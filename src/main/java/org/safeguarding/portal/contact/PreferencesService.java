package org.safeguarding.portal.contact;


import org.safeguarding.portal.cases.CaseService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.Language;
import org.safeguarding.portal.core.ReadingLanguage;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * A survivor's contact-safety plan and consents. They change only by the survivor's own hand, each change is a new
 * row with its time (history, never overwrite), and the caseworker sees the whole history.
 */
@ApplicationScoped
public class PreferencesService {

    private final EntityManager em;
    private final CaseService cases;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final Event<ConsentWithdrawn> withdrawals;
    private final Clock clock;
    private final ReadingLanguage readingLanguage;

    PreferencesService(EntityManager em, CaseService cases, FieldCipher cipher, AuditService audit,
            Event<ConsentWithdrawn> withdrawals, Clock clock, ReadingLanguage readingLanguage) {
        this.clock = clock;
        this.readingLanguage = readingLanguage;
        this.withdrawals = withdrawals;
        this.em = em;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The plan and answers given with the account, inside the submission's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAtSubmission(UUID caseId, Actor survivor, ContactPlan plan, Consents consents, Instant at) {
        addPlanVersion(caseId, survivor, plan, at);
        consents.answered().forEach((purpose, decision) -> addConsent(caseId, survivor, purpose, decision, at));
    }

    /** Replaces the plan in force with a new version; empty (404) for a case the survivor does not own. */
    @Transactional
    public Optional<PreferencesView> changeContactPlan(Actor survivor, UUID caseId, ContactPlan plan) {
        // Whose case it is comes first: another survivor's case is not there (404), whatever the plan says.
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> {
            var problems = plan.problems("contactPlan");
            if (!problems.isEmpty()) {
                throw new ValidationProblem(problems);
            }
            addPlanVersion(caseId, survivor, plan, now());
            audit.record(survivor, AuditAction.CHANGE_CONTACT_PLAN, CaseService.RECORD_TYPE, caseId, null);
            return preferencesOf(caseId);
        });
    }

    /** Records each answered purpose whose answer differs from the one in force; others are left as they are. */
    @Transactional
    public Optional<PreferencesView> changeConsents(Actor survivor, UUID caseId, Consents consents) {
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> {
            Map<ConsentPurpose, ConsentView> current = currentConsents(caseId);
            Instant at = now();
            consents.answered().forEach((purpose, decision) -> {
                ConsentView inForce = current.get(purpose);
                if (inForce == null || inForce.decision() != decision) {
                    addConsent(caseId, survivor, purpose, decision, at);
                    if (inForce != null && inForce.decision() == ConsentDecision.GRANTED) {
                        withdrawals.fire(new ConsentWithdrawn(caseId, purpose, survivor));
                    }
                }
            });
            audit.record(survivor, AuditAction.CHANGE_CONSENTS, CaseService.RECORD_TYPE, caseId, null);
            return preferencesOf(caseId);
        });
    }

    /** For a read the caller has already authorised and audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PreferencesView preferencesOf(UUID caseId) {
        List<ContactPlanVersion> versions = em.createQuery(
                "from ContactPlanVersion v where v.caseId = ?1 order by v.recordedAt desc, v.id", ContactPlanVersion.class)
                .setParameter(1, caseId).getResultList();
        ContactPlanView plan = versions.isEmpty() ? null : viewOf(versions.get(0));
        List<ContactPlanView> planHistory = versions.stream().map(this::viewOf).toList();
        return new PreferencesView(plan, currentConsents(caseId), consentHistory(caseId), planHistory);
    }

    /**
     * Erases how to reach the survivor (phone, e-mail, safe times, code word) from every version of the case's contact
     * plan, as a lead's erasure decision allows; which channels they chose and "no contact" stay, so nobody tries a
     * channel they refused. Returns how many versions held any. The caller audits its decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseContactDetails(UUID caseId) {
        em.flush();
        int erased = em.createNativeQuery("""
                update contact_plan_version set phone_ciphertext = null, email_ciphertext = null,
                       safe_times_ciphertext = null, code_word_ciphertext = null
                 where case_id = ?1 and (phone_ciphertext is not null or email_ciphertext is not null
                       or safe_times_ciphertext is not null or code_word_ciphertext is not null)""")
                .setParameter(1, caseId).executeUpdate();
        return erased;
    }

    /** The answers in force, for a decision the caller makes inside its own transaction (nothing is shown). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<ConsentPurpose, ConsentView> consentsInForce(UUID caseId) {
        return currentConsents(caseId);
    }

    /**
     * The language the survivor's notices outside the portal are written in: the one they read the pages in when they
     * last gave their plan there; empty if they never did (then the notice is in English).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> noticeLanguageOf(UUID caseId) {
        return em.createQuery("select v.language from ContactPlanVersion v where v.caseId = ?1 "
                + "and v.language is not null order by v.recordedAt desc, v.id", String.class)
                .setParameter(1, caseId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Only the survivor's own plan says their language: a referrer's or a caseworker's pages say nothing of it. */
    private static boolean survivorsOwn(Actor by) {
        return Roles.SURVIVOR.equals(by.role()) || Roles.RECEIPT_HOLDER.equals(by.role());
    }

    /** The language of the page this request answers, if it is one (no request context: a job or a test's own call). */
    private Optional<Language> pageLanguage() {
        return Arc.container().requestContext().isActive() ? readingLanguage.ofThisPage() : Optional.empty();
    }

    /** The contact plan in force (null if none was ever recorded), for a decision inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContactPlanView contactPlanInForce(UUID caseId) {
        return em.createQuery("from ContactPlanVersion v where v.caseId = ?1 order by v.recordedAt desc, v.id",
                ContactPlanVersion.class).setParameter(1, caseId).setMaxResults(1).getResultStream().findFirst()
                .map(this::viewOf).orElse(null);
    }

    private Map<ConsentPurpose, ConsentView> currentConsents(UUID caseId) {
        Map<ConsentPurpose, ConsentView> current = new EnumMap<>(ConsentPurpose.class);
        for (ConsentRecord record : consentRecords(caseId)) {
            current.putIfAbsent(record.purpose, new ConsentView(record.decision, record.recordedAt));
        }
        return current;
    }

    /** Newest first; each change says what it replaced, so a withdrawal reads as one. */
    private List<ConsentChange> consentHistory(UUID caseId) {
        List<ConsentRecord> records = consentRecords(caseId);
        List<ConsentChange> changes = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsentRecord record = records.get(i);
            ConsentDecision previous = records.subList(i + 1, records.size()).stream()
                    .filter(older -> older.purpose == record.purpose).map(older -> older.decision)
                    .findFirst().orElse(null);
            changes.add(new ConsentChange(record.purpose, record.decision, previous, record.recordedAt,
                    record.recordedByRole));
        }
        return changes;
    }

    private List<ConsentRecord> consentRecords(UUID caseId) {
        return em.createQuery("from ConsentRecord r where r.caseId = ?1 order by r.recordedAt desc, r.id desc",
                ConsentRecord.class).setParameter(1, caseId).getResultList();
    }

    private void addPlanVersion(UUID caseId, Actor by, ContactPlan plan, Instant at) {
        ContactPlanVersion version = new ContactPlanVersion();
        version.id = UUID.randomUUID();
        version.caseId = caseId;
        version.channels = plan.channels().stream().map(Enum::name).collect(Collectors.joining(","));
        version.safeWindows = plan.safeWindows().isEmpty() ? null
                : plan.safeWindows().stream().map(Enum::name).collect(Collectors.joining(","));
        version.voicemail = plan.voicemail();
        version.noContact = plan.noContact();
        version.safeTimesCiphertext = plan.safeTimes() == null ? null
                : cipher.encrypt(plan.safeTimes(), context(version.id, "safe_times_ciphertext"));
        version.codeWordCiphertext = plan.codeWord() == null ? null
                : cipher.encrypt(plan.codeWord(), context(version.id, "code_word_ciphertext"));
        version.phoneCiphertext = plan.phone() == null ? null
                : cipher.encrypt(plan.phone(), context(version.id, "phone_ciphertext"));
        version.emailCiphertext = plan.email() == null ? null
                : cipher.encrypt(plan.email(), context(version.id, "email_ciphertext"));
        version.recordedAt = at;
        version.recordedByRole = by.role();
        version.language = survivorsOwn(by) ? pageLanguage().map(Language::code).orElse(null) : null;
        em.persist(version);
    }

    private void addConsent(UUID caseId, Actor by, ConsentPurpose purpose, ConsentDecision decision, Instant at) {
        ConsentRecord record = new ConsentRecord();
        record.id = UUID.randomUUID();
        record.caseId = caseId;
        record.purpose = purpose;
        record.decision = decision;
        record.recordedAt = at;
        record.recordedByRole = by.role();
        em.persist(record);
    }

    private ContactPlanView viewOf(ContactPlanVersion version) {
        List<ContactChannel> channels = version.channels.isEmpty() ? List.of()
                : Arrays.stream(version.channels.split(",")).map(ContactChannel::valueOf)
                        .sorted(Comparator.naturalOrder()).toList();
        String safeTimes = version.safeTimesCiphertext == null ? null
                : cipher.decrypt(version.safeTimesCiphertext, context(version.id, "safe_times_ciphertext"));
        String codeWord = version.codeWordCiphertext == null ? null
                : cipher.decrypt(version.codeWordCiphertext, context(version.id, "code_word_ciphertext"));
        List<SafeWindow> windows = version.safeWindows == null ? List.of()
                : Arrays.stream(version.safeWindows.split(",")).map(SafeWindow::valueOf).sorted().toList();
        String phone = version.phoneCiphertext == null ? null
                : cipher.decrypt(version.phoneCiphertext, context(version.id, "phone_ciphertext"));
        String email = version.emailCiphertext == null ? null
                : cipher.decrypt(version.emailCiphertext, context(version.id, "email_ciphertext"));
        return new ContactPlanView(channels, version.voicemail, safeTimes, codeWord, version.noContact,
                version.recordedAt, windows, phone, email, Roles.REFERRER.equals(version.recordedByRole));
    }

    private static FieldContext context(UUID rowId, String column) {
        return new FieldContext(ContactPlanVersion.TABLE, column, rowId);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
