package org.safeguarding.portal.notes;

import org.safeguarding.portal.access.RecordAccess;

import org.safeguarding.portal.cases.CaseService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * Caseworkers' notes: encrypted, kept as history (an edit adds a version), and checked for victim-blaming language
 * before they are saved. A flagged note is refused unless the caseworker rephrases it or confirms it with a reason;
 * confirmed ones are counted (never shown) for the board.
 */
@ApplicationScoped
public class NoteService {

    public static final int MAX_NOTE_LENGTH = 20_000;
    public static final int MAX_REASON_LENGTH = 1_000;

    private final EntityManager em;
    private final CaseService cases;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final LanguageCheck languageCheck;
    private final Clock clock;

    private final RecordAccess access;

    NoteService(EntityManager em, CaseService cases, FieldCipher cipher, AuditService audit,
            LanguageCheck languageCheck, RecordAccess access, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.em = em;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.languageCheck = languageCheck;
    }

    /** A new note; empty (404) for a case that does not exist. */
    @Transactional
    public Optional<NoteView> addNote(Actor caseworker, UUID caseId, String text, String confirmReason) {
        List<LanguageCheck.Term> flagged = check(text, confirmReason);
        return cases.findByIdOptional(caseId).map(found -> {
            access.requireForChange(caseworker, found);
            CaseNote note = new CaseNote();
            note.id = UUID.randomUUID();
            note.caseId = found.id();
            note.createdAt = now();
            note.createdBySubject = caseworker.subject();
            em.persist(note);
            addVersion(note.id, 1, caseworker, text, flagged, confirmReason);
            audit.record(caseworker, AuditAction.ADD_NOTE, CaseService.RECORD_TYPE, found.id(), null);
            return viewOf(note);
        });
    }

    /** A new version of a note on this case; the earlier words stay in the history. */
    @Transactional
    public Optional<NoteView> editNote(Actor caseworker, UUID caseId, UUID noteId, String text, String confirmReason) {
        List<LanguageCheck.Term> flagged = check(text, confirmReason);
        return Optional.ofNullable(em.find(CaseNote.class, noteId)).filter(note -> note.caseId.equals(caseId))
                .map(note -> {
                    access.requireForChange(caseworker, cases.findById(caseId));
                    int next = versionsOf(note.id).size() + 1;
                    addVersion(note.id, next, caseworker, text, flagged, confirmReason);
                    audit.record(caseworker, AuditAction.EDIT_NOTE, CaseService.RECORD_TYPE, caseId, null);
                    return viewOf(note);
                });
    }

    /** The notes of a case, read by a caseworker: audited. Empty (404) for a case that does not exist. */
    @Transactional
    public Optional<List<NoteView>> readNotes(Actor caseworker, UUID caseId) {
        return cases.findByIdOptional(caseId).map(found -> {
            audit.record(caseworker, AuditAction.VIEW_NOTES, CaseService.RECORD_TYPE, found.id(),
                    access.purposeOfRead(caseworker, found));
            return notesOf(found.id());
        });
    }

    /** The notes of a case with every version, for a read the caller has already authorised and audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<NoteView> notesOf(UUID caseId) {
        return em.createQuery("from CaseNote n where n.caseId = ?1 order by n.createdAt, n.id", CaseNote.class)
                .setParameter(1, caseId).getResultStream().map(this::viewOf).toList();
    }

    /** How many note versions were saved with flagged language confirmed, in [from, to): a count, nothing more. */
    @Transactional
    public long countConfirmedFlagged(Instant from, Instant to) {
        return em.createQuery("select count(v) from CaseNoteVersion v where v.flaggedTerms is not null "
                + "and v.writtenAt >= ?1 and v.writtenAt < ?2", Long.class)
                .setParameter(1, from).setParameter(2, to).getSingleResult();
    }

    /** Refuses a note that is empty, too long, or flagged without a reason to keep it; returns what was flagged. */
    private List<LanguageCheck.Term> check(String text, String confirmReason) {
        if (text == null || text.isBlank()) {
            throw new ValidationProblem(List.of(new FieldError("text", "error_note_required")));
        }
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("text", "error_note_too_long")));
        }
        if (confirmReason != null && confirmReason.length() > MAX_REASON_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("confirmReason", "error_reason_too_long")));
        }
        List<LanguageCheck.Term> flagged = languageCheck.flag(text);
        if (!flagged.isEmpty() && (confirmReason == null || confirmReason.isBlank())) {
            List<FieldError> problems = new ArrayList<>();
            for (LanguageCheck.Term term : flagged) {
                problems.add(new FieldError("text", "error_note_flagged", "\\u201c" + term.phrase() + "\\u201d: "
                        + term.reason()));
            }
            throw new ValidationProblem(problems);
        }
        return flagged;
    }

    private void addVersion(UUID noteId, int number, Actor author, String text, List<LanguageCheck.Term> flagged,
            String confirmReason) {
        CaseNoteVersion version = new CaseNoteVersion();
        version.id = UUID.randomUUID();
        version.noteId = noteId;
        version.version = number;
        version.textCiphertext = cipher.encrypt(text, context(version.id, "text_ciphertext"));
        version.writtenAt = now();
        version.writtenBySubject = author.subject();
        if (!flagged.isEmpty()) {
            version.flaggedTerms = flagged.stream().map(LanguageCheck.Term::id).collect(Collectors.joining(","));
            version.confirmReasonCiphertext = cipher.encrypt(confirmReason,
                    context(version.id, "confirm_reason_ciphertext"));
        }
        em.persist(version);
    }

    private NoteView viewOf(CaseNote note) {
        List<NoteVersionView> versions = versionsOf(note.id).stream().map(v -> new NoteVersionView(v.version,
                cipher.decrypt(v.textCiphertext, context(v.id, "text_ciphertext")), v.writtenAt,
                v.flaggedTerms == null ? List.of() : Arrays.asList(v.flaggedTerms.split(",")),
                v.confirmReasonCiphertext == null ? null
                        : cipher.decrypt(v.confirmReasonCiphertext, context(v.id, "confirm_reason_ciphertext"))))
                .toList();
        return new NoteView(note.id, note.createdAt, versions);
    }

    private List<CaseNoteVersion> versionsOf(UUID noteId) {
        return em.createQuery("from CaseNoteVersion v where v.noteId = ?1 order by v.version", CaseNoteVersion.class)
                .setParameter(1, noteId).getResultList();
    }

    private static FieldContext context(UUID versionId, String column) {
        return new FieldContext(CaseNoteVersion.TABLE, column, versionId);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
