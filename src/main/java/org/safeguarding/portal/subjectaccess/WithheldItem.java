package org.safeguarding.portal.subjectaccess;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One item of a copy left out at review, why in general (told to the survivor) and in the reviewer's words (not). */
@Entity
@Table(name = "records_copy_withheld")
@IdClass(WithheldItem.Key.class)
class WithheldItem {

    static final String TABLE = "records_copy_withheld";
    static final String EXPLANATION_COLUMN = "explanation_ciphertext";

    /** The composite key: the copy and the item's id within it. */
    static class Key implements Serializable {
        UUID copyId;
        String itemId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.copyId.equals(copyId) && key.itemId.equals(itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(copyId, itemId);
        }
    }

    @Id
    @Column(name = "copy_id")
    UUID copyId;

    @Id
    @Column(name = "item_id")
    String itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    WithholdReason reason;

    @Column(name = "explanation_ciphertext", nullable = false, updatable = false)
    byte[] explanationCiphertext;

    @Column(name = "decided_by", nullable = false, updatable = false)
    String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    Instant decidedAt;
}
