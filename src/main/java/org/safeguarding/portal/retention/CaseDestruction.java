package org.safeguarding.portal.retention;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The one place that knows every table holding a case's content, and deletes them all. Disposal is the one job that
 * crosses every feature's tables by design: going through each feature's service would leave the next feature's table
 * to be remembered by hand. {@code CaseDestructionTablesTest} compares {@link #TABLES} with the database's tables that
 * reach a case (a {@code case_id} column, or a foreign key to a table that does), so a new one fails the build until
 * it is added here.
 */
@ApplicationScoped
class CaseDestruction {

    /**
     * Each table with the statement that deletes the case's rows, children before parents. {@code ?1} is the case id,
     * {@code ?2} the case's owner (receipt codes and sessions of an anonymous case are named by their owner).
     */
    private static final List<String[]> DELETES = List.of(
            delete("case_note_version", "note_id in (select id from case_note where case_id = ?1)"),
            delete("case_note", "case_id = ?1"),
            delete("onward_referral_change", "referral_id in (select id from onward_referral where case_id = ?1)"),
            delete("onward_referral", "case_id = ?1"),
            delete("charter_escalation", "case_id = ?1"),
            delete("commitment_instance", "case_id = ?1"),
            // Who sent someone else's referral (intake/referrer), before the referral it names.
            delete("referral_referrer", "case_id = ?1"),
            delete("survivor_invitation", "case_id = ?1"),
            delete("referral", "case_id = ?1"),
            delete("contact_plan_version", "case_id = ?1"),
            delete("consent_record", "case_id = ?1"),
            delete("case_message", "case_id = ?1"),
            delete("case_status_change", "case_id = ?1"),
            delete("case_screening", "case_id = ?1"),
            delete("break_glass_access", "case_id = ?1"),
            // The survivor's copies of their records (subjectaccess/) and what was withheld from them, before the
            // requests they answer.
            delete("records_copy_withheld", "copy_id in (select id from records_copy where case_id = ?1)"),
            delete("records_copy", "case_id = ?1"),
            delete("survivor_request", "case_id = ?1"),
            // The survivor's choices (rights/): withdrawals and erasure requests with their words and decisions.
            delete("case_withdrawal", "case_id = ?1"),
            delete("erasure_request", "case_id = ?1"),
            delete("outbound_notice", "case_id = ?1"),
            delete("legal_hold", "case_id = ?1"),
            // A receipt code opens one case; once it is gone the code's hash and its sessions open nothing.
            delete("receipt", "owner_subject = ?2 and owner_subject like 'receipt:%' "
                    + "and not exists (select 1 from survivor_case o where o.owner_subject = ?2 and o.id <> ?1)"),
            delete("survivor_case", "id = ?1"));

    /** The tables a case's destruction empties of it. */
    static final List<String> TABLES = DELETES.stream().map(d -> d[0]).toList();

    /**
     * Tables that name a case and outlive it by design: the record of its disposal. (Anonymous sessions name the
     * owner, not the case, and are deleted with the receipt code; the audit trail names cases only by id.)
     */
    static final Set<String> KEPT_AFTER_DISPOSAL = Set.of("disposal_item");

    private final EntityManager em;

    CaseDestruction(EntityManager em) {
        this.em = em;
    }

    /** Deletes everything the case holds, in the caller's transaction (which has locked the case row). */
    @Transactional(Transactional.TxType.MANDATORY)
    void destroy(UUID caseId, String ownerSubject) {
        em.createNativeQuery("delete from anonymous_session where owner_subject = ?1 and owner_subject like 'receipt:%' "
                + "and not exists (select 1 from survivor_case o where o.owner_subject = ?1 and o.id <> ?2)")
                .setParameter(1, ownerSubject).setParameter(2, caseId).executeUpdate();
        for (String[] each : DELETES) {
            var delete = em.createNativeQuery("delete from " + each[0] + " where " + each[1]).setParameter(1, caseId);
            if (each[1].contains("?2")) {
                delete.setParameter(2, ownerSubject);
            }
            delete.executeUpdate();
        }
    }

    private static String[] delete(String table, String where) {
        return new String[] { table, where };
    }
}
