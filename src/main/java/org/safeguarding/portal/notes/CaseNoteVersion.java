package org.safeguarding.portal.notes;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a note's text; an edit adds the next version. */
@Entity
@Table(name = "case_note_version")
class CaseNoteVersion {

    static final String TABLE = "case_note_version";

    @Id
    UUID id;

    @Column(name = "note_id", nullable = false, updatable = false)
    UUID noteId;

    @Column(nullable = false, updatable = false)
    int version;

    @Column(name = "text_ciphertext", nullable = false, updatable = false)
    byte[] textCiphertext;

    @Column(name = "written_at", nullable = false, updatable = false)
    Instant writtenAt;

    @Column(name = "written_by_subject", nullable = false, updatable = false)
    String writtenBySubject;

    @Column(name = "flagged_terms", updatable = false)
    String flaggedTerms;

    @Column(name = "confirm_reason_ciphertext", updatable = false)
    byte[] confirmReasonCiphertext;
}
