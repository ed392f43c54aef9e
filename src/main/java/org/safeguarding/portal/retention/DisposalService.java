package org.safeguarding.portal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.retention.RecordKind.Disposal;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.staff.StaffDirectory;
import org.safeguarding.portal.staff.StaffMember;

/**
 * A lead's review of the disposal list: approving the items they were shown destroys exactly those (and nothing they
 * were not shown); removing an item takes it off the list with a reason. Each approved case is destroyed only after
 * its row is locked and checked again: still closed, still due, under no hold; otherwise it is withdrawn, not
 * destroyed. The item's row stays as the record of the disposal; the destruction is audited against the case's id.
 */
@ApplicationScoped
public class DisposalService {

    private static final String TABLE = "disposal_item";
    static final String RECORD_TYPE = "disposal_list";

    /** What an approval did: cases destroyed, and items withdrawn because they were no longer due or held. */
    public record Approval(int destroyed, int withdrawn) {
    }

    private final EntityManager em;
    private final CaseDestruction destruction;
    private final RetentionCatalogue catalogue;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final StaffDirectory staff;
    private final Clock clock;

    DisposalService(EntityManager em, CaseDestruction destruction, RetentionCatalogue catalogue, FieldCipher cipher,
            AuditService audit, StaffDirectory staff, Clock clock) {
        this.em = em;
        this.destruction = destruction;
        this.catalogue = catalogue;
        this.cipher = cipher;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** The open list (oldest due first) and then the latest decisions; reading it is audited. */
    @Transactional
    public List<DisposalItemView> list(Actor lead) {
        audit.record(lead, AuditAction.LIST_DISPOSALS, RECORD_TYPE, null, null);
        return query("(status = 'PROPOSED') desc, case when status = 'PROPOSED' then due_since end, decided_at desc "
                + "limit 500", null);
    }

    /** One item, for its removal page; empty (404) for no such item. */
    @Transactional
    public Optional<DisposalItemView> open(Actor lead, UUID itemId) {
        Optional<DisposalItemView> item = find(itemId);
        item.ifPresent(i -> audit.record(lead, AuditAction.LIST_DISPOSALS, RECORD_TYPE, i.id(), null));
        return item;
    }

    /** Approves the listed items still proposed, destroying each case that is still due and under no hold. */
    @Transactional
    public Approval approve(Actor lead, Collection<UUID> itemIds) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw new ValidationProblem(List.of(new FieldError("items", "error_disposal_items_required")));
        }
        RetentionSchedule.Rule rule = catalogue.current().ruleFor(RecordKind.CASE_RECORD);
        Instant now = now();
        int destroyed = 0;
        int withdrawn = 0;
        for (UUID itemId : itemIds) {
            Optional<DisposalItemView> item = find(itemId).filter(DisposalItemView::proposed);
            if (item.isEmpty()) {
                continue;
            }
            UUID caseId = item.get().caseId();
            @SuppressWarnings("unchecked")
            List<Object[]> locked = em.createNativeQuery("select owner_subject, status from survivor_case where id = ?1 "
                    + "for update").setParameter(1, caseId).getResultList();
            String why = locked.isEmpty() ? "NOT_DUE" : whyNotDue(caseId, (String) locked.get(0)[1], rule, now);
            if (why != null) {
                em.createNativeQuery("update disposal_item set status = 'WITHDRAWN', withdrawn_because = ?2, "
                        + "decided_at = ?3, decided_by_subject = ?4 where id = ?1 and status = 'PROPOSED'")
                        .setParameter(1, itemId).setParameter(2, why).setParameter(3, now)
                        .setParameter(4, lead.subject()).executeUpdate();
                withdrawn++;
                continue;
            }
            int claimed = em.createNativeQuery("update disposal_item set status = 'DESTROYED', decided_at = ?2, "
                    + "decided_by_subject = ?3, destroyed_at = ?2 where id = ?1 and status = 'PROPOSED'")
                    .setParameter(1, itemId).setParameter(2, now).setParameter(3, lead.subject()).executeUpdate();
            if (claimed == 1) {
                destruction.destroy(caseId, (String) locked.get(0)[0]);
                audit.record(lead, AuditAction.DESTROY_CASE_RECORD, CaseService.RECORD_TYPE, caseId,
                        RecordKind.CASE_RECORD.name());
                destroyed++;
            }
        }
        return new Approval(destroyed, withdrawn);
    }

    /** Takes an item off the list with a reason; empty (404) for no such item, 409 for one already decided. */
    @Transactional
    public Optional<DisposalItemView> remove(Actor lead, UUID itemId, String reason) {
        Optional<DisposalItemView> item = find(itemId);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationProblem(List.of(new FieldError("reason", "error_removal_reason_required")));
        }
        if (reason.length() > LegalHoldService.MAX_REASON_LENGTH) {
            throw new ValidationProblem(List.of(new FieldError("reason", "error_hold_reason_too_long")));
        }
        int removed = em.createNativeQuery("update disposal_item set status = 'REMOVED', decided_at = ?2, "
                + "decided_by_subject = ?3, removal_reason_ciphertext = ?4 where id = ?1 and status = 'PROPOSED'")
                .setParameter(1, itemId).setParameter(2, now()).setParameter(3, lead.subject())
                .setParameter(4, cipher.encrypt(reason.strip(), context(itemId))).executeUpdate();
        if (removed == 0) {
            throw new Refused(409, "disposal_already_decided");
        }
        audit.record(lead, AuditAction.REMOVE_FROM_DISPOSAL, CaseService.RECORD_TYPE, item.get().caseId(), null);
        return find(itemId);
    }

    /** Null when the case may go now; otherwise why not (HELD or NOT_DUE). */
    private String whyNotDue(UUID caseId, String status, RetentionSchedule.Rule rule, Instant now) {
        if (!em.createNativeQuery("select 1 from legal_hold where case_id = ?1 and released_at is null")
                .setParameter(1, caseId).getResultList().isEmpty()) {
            return "HELD";
        }
        if (rule.disposal() != Disposal.LEAD_APPROVAL || !"CLOSED".equals(status)) {
            return "NOT_DUE";
        }
        Object closed = em.createNativeQuery("select max(changed_at) from case_status_change where case_id = ?1 "
                + "and to_status = 'CLOSED'").setParameter(1, caseId).getSingleResult();
        return closed == null || LegalHoldService.instant(closed).isAfter(rule.cutoff(now)) ? "NOT_DUE" : null;
    }

    private Optional<DisposalItemView> find(UUID itemId) {
        return query(null, itemId).stream().findFirst();
    }

    private List<DisposalItemView> query(String order, UUID itemId) {
        var query = em.createNativeQuery("select id, kind, case_id, case_reference, schedule_version, rule_keep, "
                + "rule_from, due_since, proposed_at, status, decided_at, decided_by_subject, removal_reason_ciphertext, "
                + "withdrawn_because, destroyed_at from disposal_item "
                + (itemId != null ? "where id = ?1" : "order by " + order));
        if (itemId != null) {
            query.setParameter(1, itemId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DisposalItemView> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            byte[] reason = (byte[]) r[12];
            String decidedBy = (String) r[11];
            items.add(new DisposalItemView(id, RecordKind.valueOf((String) r[1]), (UUID) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), (String) r[5], RecordKind.Event.valueOf((String) r[6]), LegalHoldService.instant(r[7]),
                    LegalHoldService.instant(r[8]), (String) r[9], LegalHoldService.instant(r[10]),
                    decidedBy == null ? null : staff.find(decidedBy).map(StaffMember::displayName).orElse(decidedBy),
                    reason == null ? null : cipher.decrypt(reason, context(id)), (String) r[13],
                    LegalHoldService.instant(r[14])));
        }
        return items;
    }

    private static FieldContext context(UUID itemId) {
        return new FieldContext(TABLE, "removal_reason_ciphertext", itemId);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
