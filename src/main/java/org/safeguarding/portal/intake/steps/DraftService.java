package org.safeguarding.portal.intake.steps;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;

/**
 * Drafts of the intake steps, saved server-side and encrypted each time the survivor moves on, so a closed tab, an
 * expired session or a borrowed phone never costs them what they typed. Only ever looked up by the owner.
 */
@ApplicationScoped
public class DraftService {

    private final EntityManager em;
    private final FieldCipher cipher;
    private final ObjectMapper json;
    private final Clock clock;

    DraftService(EntityManager em, FieldCipher cipher, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.cipher = cipher;
        this.json = json;
    }

    /** The owner's draft, or a fresh empty one (not yet saved) with its own idempotency key. */
    @Transactional
    public DraftAnswers draftOf(String ownerSubject) {
        return find(ownerSubject).map(this::decrypt).orElseGet(() -> DraftAnswers.empty(UUID.randomUUID().toString()));
    }

    @Transactional
    public boolean hasDraft(String ownerSubject) {
        return find(ownerSubject).isPresent();
    }

    @Transactional
    public void save(String ownerSubject, DraftAnswers answers) {
        IntakeDraft draft = find(ownerSubject).orElseGet(() -> {
            IntakeDraft created = new IntakeDraft();
            created.id = UUID.randomUUID();
            created.ownerSubject = ownerSubject;
            return created;
        });
        draft.payloadCiphertext = cipher.encrypt(toJson(answers), context(draft.id));
        draft.updatedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (!em.contains(draft)) {
            em.persist(draft);
        }
    }

    /** Deletes the owner's draft, when they ask to or once it has been sent. */
    @Transactional
    public void delete(String ownerSubject) {
        em.createQuery("delete from IntakeDraft d where d.ownerSubject = ?1").setParameter(1, ownerSubject)
                .executeUpdate();
    }

    /**
     * Deletes every draft not changed since {@code cutoff}, in the caller's transaction: the retention schedule's
     * INTAKE_DRAFT rule, run by retention.Housekeeping; returns how many went.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetUnchangedSince(Instant cutoff) {
        return em.createQuery("delete from IntakeDraft d where d.updatedAt <= ?1").setParameter(1, cutoff)
                .executeUpdate();
    }

    private Optional<IntakeDraft> find(String ownerSubject) {
        return em.createQuery("from IntakeDraft d where d.ownerSubject = ?1", IntakeDraft.class)
                .setParameter(1, ownerSubject).getResultStream().findFirst();
    }

    private DraftAnswers decrypt(IntakeDraft draft) {
        try {
            return json.readValue(cipher.decrypt(draft.payloadCiphertext, context(draft.id)), DraftAnswers.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft unreadable");
        }
    }

    private String toJson(DraftAnswers answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft not serialisable");
        }
    }

    private static FieldContext context(UUID draftId) {
        return new FieldContext(IntakeDraft.TABLE, IntakeDraft.PAYLOAD_COLUMN, draftId);
    }
}
