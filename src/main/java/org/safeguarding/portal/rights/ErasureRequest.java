package org.safeguarding.portal.rights;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A survivor's request to erase their data, its one-month clock, and the lead's decision. */
@Entity
@Table(name = "erasure_request")
class ErasureRequest {

    static final String TABLE = "erasure_request";
    static final String WORDS_COLUMN = "words_ciphertext";
    static final String REASONS_COLUMN = "reasons_ciphertext";

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "made_at", nullable = false, updatable = false)
    Instant madeAt;

    /** One calendar month after it was made (London), as the law and charter C9 count a month. */
    @Column(name = "due_at", nullable = false, updatable = false)
    Instant dueAt;

    @Column(name = "made_by_role", nullable = false, updatable = false)
    String madeByRole;

    @Column(name = "words_ciphertext", updatable = false)
    byte[] wordsCiphertext;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "reasons_ciphertext")
    byte[] reasonsCiphertext;

    @Column(name = "erased")
    String erased;

    @Column(name = "restricted")
    Boolean restricted;

    boolean isDecided() {
        return decidedAt != null;
    }

    void decide(String bySubject, Instant at, Set<ErasureCategory> erasedNow, byte[] reasons) {
        decidedAt = at;
        decidedBy = bySubject;
        erased = erasedNow.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        restricted = true;
        reasonsCiphertext = reasons;
    }

    Set<ErasureCategory> erasedCategories() {
        Set<ErasureCategory> categories = EnumSet.noneOf(ErasureCategory.class);
        if (erased != null && !erased.isEmpty()) {
            Arrays.stream(erased.split(",")).map(ErasureCategory::valueOf).forEach(categories::add);
        }
        return categories;
    }
}
