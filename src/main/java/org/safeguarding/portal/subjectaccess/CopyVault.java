package org.safeguarding.portal.subjectaccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;

/**
 * Where copies and their withheld items are kept: the content as JSON, encrypted and bound to its row, and the
 * reviewers' explanations encrypted the same way. Finders take the case and the request, so a copy is only ever
 * found through the case it belongs to.
 */
@ApplicationScoped
class CopyVault {

    private final EntityManager em;
    private final FieldCipher cipher;
    private final ObjectMapper json;

    CopyVault(EntityManager em, FieldCipher cipher, ObjectMapper json) {
        this.em = em;
        this.cipher = cipher;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void store(RecordsCopy copy, CopyContent content) {
        try {
            copy.contentCiphertext = cipher.encrypt(json.writeValueAsString(content), contentContext(copy.id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copy.itemCount = content.itemCount();
        em.persist(copy);
    }

    /** The content of a copy that has not expired. */
    CopyContent contentOf(RecordsCopy copy) {
        try {
            return json.readValue(cipher.decrypt(copy.contentCiphertext, contentContext(copy.id)), CopyContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<RecordsCopy> find(UUID caseId, UUID requestId) {
        return em.createQuery("from RecordsCopy c where c.caseId = ?1 and c.requestId = ?2", RecordsCopy.class)
                .setParameter(1, caseId).setParameter(2, requestId).getResultStream().findFirst();
    }

    /** The same, locked until the transaction ends, for a change (two reviewers never step on each other). */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<RecordsCopy> findToChange(UUID caseId, UUID requestId) {
        return find(caseId, requestId).map(copy -> {
            em.refresh(copy, LockModeType.PESSIMISTIC_WRITE);
            return copy;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<RecordsCopy> copiesOf(UUID caseId) {
        return em.createQuery("from RecordsCopy c where c.caseId = ?1 order by c.preparedAt desc, c.id",
                RecordsCopy.class).setParameter(1, caseId).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<WithheldItem> withheldFrom(RecordsCopy copy) {
        return em.createQuery("from WithheldItem w where w.copyId = ?1 order by w.decidedAt, w.itemId",
                WithheldItem.class).setParameter(1, copy.id).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void withhold(WithheldItem item, String explanation) {
        item.explanationCiphertext = cipher.encrypt(explanation, explanationContext(item.copyId, item.itemId));
        em.persist(item);
    }

    String explanationOf(WithheldItem item) {
        return cipher.decrypt(item.explanationCiphertext, explanationContext(item.copyId, item.itemId));
    }

    private static FieldContext contentContext(UUID copyId) {
        return new FieldContext(RecordsCopy.TABLE, RecordsCopy.CONTENT_COLUMN, copyId);
    }

    /** The row id of the binding is the copy's; the item id goes into the column part, so no two items share one. */
    private static FieldContext explanationContext(UUID copyId, String itemId) {
        return new FieldContext(WithheldItem.TABLE, WithheldItem.EXPLANATION_COLUMN + ":" + itemId, copyId);
    }
}
