package org.safeguarding.portal.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a survivor's contact-safety plan. Versions are only ever added. */
@Entity
@Table(name = "contact_plan_version")
class ContactPlanVersion {

    static final String TABLE = "contact_plan_version";

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(nullable = false, updatable = false)
    String channels;

    @Column(updatable = false)
    Boolean voicemail;

    @Column(name = "no_contact", nullable = false, updatable = false)
    boolean noContact;

    @Column(name = "phone_ciphertext", updatable = false)
    byte[] phoneCiphertext;

    @Column(name = "email_ciphertext", updatable = false)
    byte[] emailCiphertext;

    /** The checkable safe windows, by name, comma-separated; null when none were chosen (any time). */
    @Column(name = "safe_windows", updatable = false)
    String safeWindows;

    @Column(name = "safe_times_ciphertext", updatable = false)
    byte[] safeTimesCiphertext;

    @Column(name = "code_word_ciphertext", updatable = false)
    byte[] codeWordCiphertext;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    @Column(name = "recorded_by_role", nullable = false, updatable = false)
    String recordedByRole;

    /**
     * The language the survivor read the portal's pages in when they gave this plan (en, cy, ur, pl): what a notice
     * outside the portal is written in. Null when someone else gave it, or through the API.
     */
    @Column(updatable = false)
    String language;
}
