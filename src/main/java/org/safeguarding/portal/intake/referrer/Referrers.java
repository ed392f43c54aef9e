package org.safeguarding.portal.intake.referrer;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;

/**
 * The referrers of someone else's referrals: kept beside the referral, free text encrypted and bound to its column
 * and row, and found again only for the referrer's own retry (by their subject and Idempotency-Key).
 */
@ApplicationScoped
public class Referrers {

    /**
     * How the owner of someone else's referral starts until the survivor accepts an invitation: nobody signs in with
     * such a subject, so nobody reads the case as its owner.
     */
    public static final String AWAITING_SURVIVOR = "awaiting-survivor:";

    /** What the caseworker reads of a referrer, decrypted for a read the caller has authorised and audited. */
    public record ReferrerView(ToldBy toldBy, String name, String role, String organisation, String contact,
            String survivorName, Integer survivorAge, SurvivorAgeBand survivorAgeBand, SurvivorKnows survivorKnows) {
    }

    private final EntityManager em;
    private final FieldCipher cipher;

    Referrers(EntityManager em, FieldCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    /** Records the referrer of a referral in the submission's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID referralId, UUID caseId, String referrerSubject, String idempotencyKey, ReferrerForm form) {
        ReferralReferrer row = new ReferralReferrer();
        row.referralId = referralId;
        row.caseId = caseId;
        row.referrerSubject = referrerSubject;
        row.idempotencyKey = idempotencyKey;
        row.toldBy = form.toldBy();
        row.nameCiphertext = encrypt(form.name(), referralId, "name_ciphertext");
        row.roleCiphertext = encrypt(form.role(), referralId, "role_ciphertext");
        row.organisationCiphertext = encrypt(form.organisation(), referralId, "organisation_ciphertext");
        row.contactCiphertext = encrypt(form.contact(), referralId, "contact_ciphertext");
        row.survivorNameCiphertext = encrypt(form.survivorName(), referralId, "survivor_name_ciphertext");
        row.survivorAge = form.survivorAge();
        row.survivorAgeBand = form.survivorAgeBand() == null ? null : form.survivorAgeBand().name();
        row.survivorKnows = form.survivorKnows();
        em.persist(row);
        em.flush();
    }

    /** The referral this referrer sent under this key, for answering their retry; empty if none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> referralSentBy(String referrerSubject, String idempotencyKey) {
        return em.createQuery("select r.referralId from ReferralReferrer r where r.referrerSubject = ?1 "
                + "and r.idempotencyKey = ?2", UUID.class).setParameter(1, referrerSubject)
                .setParameter(2, idempotencyKey).getResultStream().findFirst();
    }

    /** The case's referrer, or empty for a survivor's own referral; the caller authorises and audits the read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReferrerView> referrerOf(UUID caseId) {
        return em.createQuery("from ReferralReferrer r where r.caseId = ?1", ReferralReferrer.class)
                .setParameter(1, caseId).setMaxResults(1).getResultStream().findFirst().map(this::viewOf);
    }

    private ReferrerView viewOf(ReferralReferrer row) {
        return new ReferrerView(row.toldBy, decrypt(row.nameCiphertext, row.referralId, "name_ciphertext"),
                decrypt(row.roleCiphertext, row.referralId, "role_ciphertext"),
                decrypt(row.organisationCiphertext, row.referralId, "organisation_ciphertext"),
                decrypt(row.contactCiphertext, row.referralId, "contact_ciphertext"),
                decrypt(row.survivorNameCiphertext, row.referralId, "survivor_name_ciphertext"), row.survivorAge,
                row.survivorAgeBand == null ? null : SurvivorAgeBand.valueOf(row.survivorAgeBand), row.survivorKnows);
    }

    private byte[] encrypt(String text, UUID referralId, String column) {
        return text == null ? null : cipher.encrypt(text, new FieldContext(ReferralReferrer.TABLE, column, referralId));
    }

    private String decrypt(byte[] ciphertext, UUID referralId, String column) {
        return ciphertext == null ? null
                : cipher.decrypt(ciphertext, new FieldContext(ReferralReferrer.TABLE, column, referralId));
    }
}
