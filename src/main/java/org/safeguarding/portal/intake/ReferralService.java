package org.safeguarding.portal.intake;

import org.safeguarding.portal.acknowledgement.Acknowledgement;
import org.safeguarding.portal.acknowledgement.Acknowledgements;

import org.safeguarding.portal.cases.CaseSummary;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.safeguarding.portal.area.AreaCatalogue;
import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.contact.PreferencesService;
import org.safeguarding.portal.receipt.ReceiptCodes;
import org.safeguarding.portal.receipt.SubmissionReceipts;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.security.limits.RequestLimits;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.intake.referrer.Referrers;
import org.safeguarding.portal.core.ValidationProblem;

/** Intake: a survivor's account becomes a case, once, encrypted, and audited. */
@ApplicationScoped
public class ReferralService {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    /** How long a retry without an account is answered with the receipt code: a client's retries, not a day later. */
    static final Duration ANONYMOUS_REPLAY_WINDOW = Duration.ofHours(24);
    /** RFC 9457 type of the refusal of a used Idempotency-Key with another request (docs/intake.md). */
    /** The audit purpose of a referral the hub recorded: this, the channel, and "/SOMEONE_ELSE" if not the survivor. */
    public static final String RECORDED_PURPOSE = "recorded:";
    public static final String KEY_REUSED_TYPE = "urn:portal:problem:idempotency-key-reused";

    private final ReferralRepository referrals;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final CaseService cases;
    private final Acknowledgements acknowledgements;
    private final SubmissionReceipts receipts;
    private final ReceiptCodes receiptCodes;
    private final PreferencesService preferences;
    private final AreaCatalogue areas;
    private final RequestFingerprints fingerprints;
    private final Clock clock;
    @jakarta.inject.Inject
    Referrers referrers;
    /** Each new account stores a case and costs encryption and signing: limited per subject and client. */
    @jakarta.inject.Inject
    RequestLimits limits;
    /** How far back a referral the hub records may have been received: older is a slip in the date (docs/intake.md). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.intake.hub-received-within",
            defaultValue = "P90D")
    Duration hubReceivedWithin;

    ReferralService(ReferralRepository referrals, FieldCipher cipher, AuditService audit, CaseService cases,
            Acknowledgements acknowledgements, SubmissionReceipts receipts, ReceiptCodes receiptCodes,
            PreferencesService preferences, AreaCatalogue areas, RequestFingerprints fingerprints, Clock clock) {
        this.clock = clock;
        this.fingerprints = fingerprints;
        this.preferences = preferences;
        this.areas = areas;
        this.referrals = referrals;
        this.cipher = cipher;
        this.audit = audit;
        this.cases = cases;
        this.acknowledgements = acknowledgements;
        this.receipts = receipts;
        this.receiptCodes = receiptCodes;
    }

    /** An anonymous submission's result: the receipt code is in it, and nowhere else. */
    /**
     * Who sent someone else's referral without an account, as kept with it and in its audit row: one subject for them
     * all (nobody signs in as it; a Keycloak subject is a UUID), which scopes their keys' HMACs.
     */
    public static final String ANONYMOUS_REFERRER = "referrer-without-account";

    public record AnonymousSubmission(Submission submission, String receiptCode) {
    }

    /** The result a survivor is shown: only ever returned after the transaction committed. */
    public record Submission(CaseSummary submittedCase, Acknowledgement acknowledgement, boolean firstTime) {
    }

    /** What opened a case: the account (null if none was written), the answers, and the acknowledgement given. */
    public record OpeningSubmission(String account, String subject, String ageAtHarm, Boolean currentRisk,
            Acknowledgement acknowledgement) {
        static final OpeningSubmission NONE = new OpeningSubmission(null, null, null, null, null);
    }

    /**
     * Submits an account. The same idempotency key from the same survivor with the same request returns the first
     * submission's case instead of opening a second one, also when two copies race each other (the unique constraint
     * decides, and the loser reads the winner's case). The same key with another request is refused with nothing
     * stored: answering it with the first case would lose the second account without a word.
     */
    public Submission submitReferral(Actor survivor, ReferralForm form, String idempotencyKey) {
        var problems = problemsOf(form);
        if (!problems.isEmpty()) {
            throw new ValidationProblem(problems);
        }
        byte[] fingerprint = fingerprints.of(form);
        return submitOnce(() -> findAnySubmission(survivor.subject(), idempotencyKey, fingerprint),
                () -> limits.countSubmission(survivor.subject()),
                () -> store(survivor, form, idempotencyKey, fingerprint, null));
    }

    /** What the hub records is not limited: its staff, signed in with two factors, write down what reached them. */
    private static final Runnable NOT_LIMITED = () -> {
    };

    /**
     * One submission in one transaction (one commit): the first answer again for a retry of the same request, which
     * stores nothing and is not counted; otherwise the limit is counted ({@code count}; a refusal commits the count
     * alone, see {@link RequestLimits#commitRefusals}) and the rows are stored. A copy racing this one (a retry sent
     * before the first answer came) loses on the unique key, rolls back, its count with it, and is answered from the
     * winner's rows, or refused as another request under a used key.
     */
    private <T> T submitOnce(Supplier<Optional<T>> earlier, Runnable count, Supplier<T> store) {
        try {
            return QuarkusTransaction.requiringNew().exceptionHandler(RequestLimits::commitRefusals).call(() -> {
                Optional<T> answered = earlier.get();
                if (answered.isPresent()) {
                    return answered.get();
                }
                count.run();
                return store.get();
            });
        } catch (PersistenceException duplicate) {
            return QuarkusTransaction.requiringNew().call(earlier::get).orElseThrow(() -> duplicate);
        }
    }

    /**
     * Submits an account without an account: the case belongs to a new pseudonymous owner and opens with a receipt
     * code. A retry with the same Idempotency-Key and the identical request, within {@link #ANONYMOUS_REPLAY_WINDOW},
     * answers with the same case and the same code (see {@link SubmissionReceipts#issue}); the key itself is kept
     * only as an HMAC. Anything else with a used key is refused, so holding a key is never enough to get a code.
     */
    public AnonymousSubmission submitAnonymously(ReferralForm form, String idempotencyKey) {
        var problems = problemsOf(form);
        if (!problems.isEmpty()) {
            throw new ValidationProblem(problems);
        }
        if (form.fromSomeoneElse()) {
            return new AnonymousSubmission(referWithoutAnAccount(form, idempotencyKey), null);
        }
        byte[] keyHmac = receiptCodes.hmac("idempotency", idempotencyKey);
        byte[] fingerprint = fingerprints.of(form);
        return submitOnce(() -> findAnonymousSubmission(keyHmac, idempotencyKey, fingerprint),
                () -> limits.countSubmission(null), () -> {
                    Actor owner = new Actor(SubmissionReceipts.newOwner(), Roles.RECEIPT_HOLDER);
                    Submission submission = store(owner, form, "hmac:" + BASE64URL.encodeToString(keyHmac),
                            fingerprint, null);
                    String code = receipts.issue(owner.subject(), keyHmac, fingerprint, idempotencyKey);
                    return new AnonymousSubmission(submission, code);
                });
    }

    /**
     * Someone else's referral from a sender without an account (a parent, a neighbour, a professional without a sign-in
     * here). The case is the survivor's (a placeholder owner, as for a signed-in sender) and the sender is given no
     * receipt code: a code opens its owner's case, and nothing here is theirs to open again. They are answered that it
     * was received, with its reference and acknowledgement, and that is all they ever see. A retry with the same
     * Idempotency-Key and the same request answers the same; the key is kept only as an HMAC, scoped to every sender
     * without an account ({@link #ANONYMOUS_REFERRER}), and holding it yields nothing the first answer did not say.
     */
    private Submission referWithoutAnAccount(ReferralForm form, String idempotencyKey) {
        String key = "hmac:" + BASE64URL.encodeToString(receiptCodes.hmac("idempotency", idempotencyKey));
        byte[] fingerprint = fingerprints.of(form);
        Actor sender = new Actor(ANONYMOUS_REFERRER, Roles.REFERRER);
        return submitOnce(() -> findReferrersSubmission(ANONYMOUS_REFERRER, key, fingerprint),
                () -> limits.countSubmission(null), () -> store(sender, form, key, fingerprint, null));
    }

    /**
     * Records a referral a caseworker took by phone, in person, by letter or in a forwarded e-mail, on the survivor's
     * or the referrer's behalf. The case belongs to a placeholder for the survivor (invited later, as for someone
     * else's referral), never to the caseworker; it opens, and the charter's clocks start, when the referral was
     * received, not when it was typed. Consents are taken only as the survivor gave them themselves (someone else's
     * referral carries none: ReferralForm refuses them), recorded by the caseworker who heard them. The same
     * key from the same caseworker with the same request answers with the first referral (a double click records one).
     */
    public Submission recordForHub(Actor caseworker, ReferralForm form, HubRecording recording,
            String idempotencyKey) {
        List<FieldError> problems = problemsOf(form);
        problems.addAll(problemsOf(recording));
        if (!problems.isEmpty()) {
            throw new ValidationProblem(problems);
        }
        byte[] fingerprint = fingerprints.of(form, recording);
        return submitOnce(() -> findRecorded(caseworker.subject(), idempotencyKey, fingerprint), NOT_LIMITED,
                () -> store(caseworker, form, idempotencyKey, fingerprint, recording));
    }

    /** What is wrong with how and when a referral reached the hub: for a page to show with its own problems. */
    public List<FieldError> problemsOf(HubRecording recording) {
        return recording.problems(Instant.now(clock), hubReceivedWithin);
    }

    /** How a referral the hub recorded reached us, when, and who recorded it (a subject), for the case's record. */
    public record RecordedBy(ReceivedChannel channel, Instant receivedAt, String recordedBy) {
    }

    /** Who recorded the referral that opened the case, or empty for one sent through the portal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RecordedBy> recordedByOf(UUID caseId) {
        return referrals.firstOfCase(caseId).filter(r -> r.recordedBy != null)
                .map(r -> new RecordedBy(r.channel, r.receivedAt, r.recordedBy));
    }

    private Optional<Submission> findRecorded(String recordedBy, String idempotencyKey, byte[] fingerprint) {
        return referrals.findRecordedBy(recordedBy, idempotencyKey)
                .map(referral -> sameRequest(referral.requestFingerprint, fingerprint, referral))
                .map(referral -> new Submission(cases.summaryOf(referral.caseId), acknowledgementOf(referral),
                        false));
    }

    /**
     * For the JSON API: a ward the areas file does not list is refused like an unknown answer anywhere in the body,
     * a 400 that quotes nothing back, before anything is stored.
     */
    public void refuseUnknownWard(ReferralForm form) {
        if (!isKnownWard(form.ward())) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }

    /** Whether a ward answer may be stored: a code from the council's areas, OUTSIDE_AREA or PREFER_NOT_TO_SAY. */
    private boolean isKnownWard(String ward) {
        return ward == null || areas.isAnswer(ward);
    }

    /**
     * The form's own problems, and a ward the areas file does not list (a draft that outlived a change of the file):
     * never stored.
     */
    private List<FieldError> problemsOf(ReferralForm form) {
        List<FieldError> problems = new ArrayList<>(form.problems());
        if (!isKnownWard(form.ward())) {
            problems.add(new FieldError("ward", "about_error_ward_unknown"));
        }
        return problems;
    }

    private Optional<AnonymousSubmission> findAnonymousSubmission(byte[] keyHmac, String idempotencyKey,
            byte[] fingerprint) {
        return receipts.findByIdempotencyHmac(keyHmac)
                .map(receipt -> {
                    boolean recent = receipt.createdAt().plus(ANONYMOUS_REPLAY_WINDOW).isAfter(Instant.now(clock));
                    return recent ? sameRequest(receipt.requestFingerprint(), fingerprint, receipt) : keyReused();
                })
                .flatMap(receipt -> receipt.codeFor(idempotencyKey)
                        .flatMap(code -> referrals.firstOfOwner(receipt.ownerSubject()).map(referral ->
                                new AnonymousSubmission(new Submission(cases.summaryOf(referral.caseId),
                                        acknowledgementOf(referral), false), code))));
    }

    /**
     * Stores the submission. Someone else's referral opens a case owned by a placeholder for the survivor (the sender is
     * kept only as its referrer), records the contact plan as the referrer's view and no consents: both are the
     * survivor's to give. A referral the hub recorded ({@code recording} not null) is the survivor's too, opened when
     * it was received, with the caseworker and the channel kept on it.
     */
    private Submission store(Actor sender, ReferralForm form, String idempotencyKey, byte[] fingerprint,
            HubRecording recording) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        boolean hub = recording != null;
        // The charter's promises run from when the hub was told: a 9:00 phone call typed at 16:00 is due from 9:00.
        Instant received = hub ? recording.receivedAt().truncatedTo(ChronoUnit.MICROS) : now;
        boolean someoneElse = form.fromSomeoneElse();
        String owner = someoneElse || hub ? Referral.newSurvivorPlaceholder() : sender.subject();
        CaseSummary opened = cases.openCase(owner, sender, received, Boolean.TRUE.equals(form.currentRisk()));
        Referral referral = new Referral(opened.id(), owner, idempotencyKey, now);
        referral.toldBy = form.toldBy();
        referral.requestFingerprint = fingerprint;
        if (form.account() != null) {
            referral.accountCiphertext = cipher.encrypt(form.account(), accountContext(referral.id));
        }
        referral.subject = form.subject();
        referral.ageAtHarm = form.ageAtHarm();
        referral.currentRisk = form.currentRisk();
        referral.sex = form.sex();
        referral.ethnicity = form.ethnicity();
        referral.ward = form.ward();
        if (hub) {
            referral.channel = recording.channel();
            referral.receivedAt = received;
            referral.recordedBy = sender.subject();
        }
        if (someoneElse) {
            preferences.recordAtSubmission(opened.id(), new Actor(sender.subject(), Roles.REFERRER),
                    form.contactPlan(), form.consents(), now);
        } else {
            preferences.recordAtSubmission(opened.id(), sender, form.contactPlan(), form.consents(), now);
        }
        Acknowledgement acknowledgement = acknowledgements.issue(opened.reference(), received,
                form.account() == null ? "" : form.account());
        referral.acknowledgement = acknowledgements.toJson(acknowledgement);
        referrals.persistAndFlush(referral);
        if (someoneElse) {
            // A referrer the hub wrote down has no sign-in of their own: no subject, and the key is the caseworker's.
            referrers.record(referral.id, opened.id(), hub ? null : sender.subject(), idempotencyKey,
                    form.referrer());
        }
        if (hub) {
            // The caseworker's opening of the case; the purpose says how it reached us and whether someone else told
            // us, and the survivor's access list says so in their words (access.CaseAccessList).
            audit.record(sender, AuditAction.SUBMIT_REFERRAL, "case", opened.id(),
                    RECORDED_PURPOSE + recording.channel().name() + (someoneElse ? "/SOMEONE_ELSE" : ""));
        } else {
            audit.record(sender, AuditAction.SUBMIT_REFERRAL, "case", opened.id(), null);
        }
        return new Submission(opened, acknowledgement, true);
    }

    /**
     * A replayed submission answers with the first one's case and the very same acknowledgement, if it is the same
     * request; another request under a used key is refused.
     */
    private Optional<Submission> findSubmission(String ownerSubject, String idempotencyKey, byte[] fingerprint) {
        return referrals.findByIdempotencyKey(ownerSubject, idempotencyKey)
                .map(referral -> sameRequest(referral.requestFingerprint, fingerprint, referral))
                .map(referral -> new Submission(cases.summaryOf(referral.caseId), acknowledgementOf(referral),
                        false));
    }

    /**
     * What this sender already sent under this key, as their own account or as someone else's referral (kept apart,
     * so both are looked at): a key used for one is refused for the other, as another request.
     */
    private Optional<Submission> findAnySubmission(String senderSubject, String idempotencyKey, byte[] fingerprint) {
        return findSubmission(senderSubject, idempotencyKey, fingerprint)
                .or(() -> findReferrersSubmission(senderSubject, idempotencyKey, fingerprint));
    }

    /** A referrer's retry: the same answer as the first time, from the referral they sent under this key. */
    private Optional<Submission> findReferrersSubmission(String referrerSubject, String idempotencyKey,
            byte[] fingerprint) {
        return referrers.referralSentBy(referrerSubject, idempotencyKey)
                .flatMap(referrals::findByIdOptional)
                .map(referral -> sameRequest(referral.requestFingerprint, fingerprint, referral))
                .map(referral -> new Submission(cases.summaryOf(referral.caseId), acknowledgementOf(referral),
                        false));
    }

    /** {@code earlier} if the stored fingerprint is this request's; a used key with another request is a 422. */
    private static <T> T sameRequest(byte[] stored, byte[] fingerprint, T earlier) {
        return stored != null && MessageDigest.isEqual(stored, fingerprint) ? earlier : keyReused();
    }

    private static <T> T keyReused() {
        throw new Refused(422, "problem_idempotency_key_reused", KEY_REUSED_TYPE);
    }

    /**
     * Erases the account a case was opened with (an anonymous case nobody on staff acted on, as a lead's erasure
     * decision allows): the text goes, the fact of the submission stays. The caller audits its decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAccountOf(UUID caseId) {
        return referrals.getEntityManager().createNativeQuery(
                "update referral set account_ciphertext = null where case_id = ?1").setParameter(1, caseId)
                .executeUpdate();
    }

    /** The opening account of a case, decrypted for a read the caller has already authorised and audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OpeningSubmission openingSubmissionOf(UUID caseId) {
        return referrals.firstOfCase(caseId)
                .map(r -> new OpeningSubmission(r.accountCiphertext == null ? null
                        : cipher.decrypt(r.accountCiphertext, accountContext(r.id)), nameOf(r.subject),
                        nameOf(r.ageAtHarm), r.currentRisk, acknowledgementOf(r)))
                .orElse(OpeningSubmission.NONE);
    }

    private static String nameOf(Enum<?> answer) {
        return answer == null ? null : answer.name();
    }

    private Acknowledgement acknowledgementOf(Referral referral) {
        return referral.acknowledgement == null ? null : acknowledgements.fromJson(referral.acknowledgement);
    }

    private static FieldContext accountContext(UUID referralId) {
        return new FieldContext(Referral.TABLE, Referral.ACCOUNT_COLUMN, referralId);
    }
}
