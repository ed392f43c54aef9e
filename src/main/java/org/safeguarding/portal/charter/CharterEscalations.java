package org.safeguarding.portal.charter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.core.Actor;

/** The escalation list: every charter promise the clock found broken, with the case it is on. */
@ApplicationScoped
public class CharterEscalations {

    private final EntityManager em;
    private final AuditService audit;
    private final CaseService cases;

    CharterEscalations(EntityManager em, AuditService audit, CaseService cases) {
        this.em = em;
        this.audit = audit;
        this.cases = cases;
    }

    /** One breach: which case (reference), which promise, when it was due and missed, and whether it was done late. */
    public record Escalation(UUID caseId, String reference, String commitmentId, Instant dueAt, Instant missedAt,
            Instant doneLateAt) {
    }

    @Transactional
    public List<Escalation> list(Actor caseworker) {
        audit.record(caseworker, AuditAction.VIEW_ESCALATIONS, "case", null, null);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.case_id, i.commitment_id, i.due_at, i.missed_at, i.met_at
                  from charter_escalation e
                  join commitment_instance i on i.id = e.commitment_instance_id
                 order by e.escalated_at desc, e.id
                 limit 500""").getResultList();
        // The references are the cases' own: asked of casework, not read from its table.
        Map<UUID, String> references = cases.referencesOf(rows.stream().map(r -> (UUID) r[0]).collect(
                Collectors.toSet()));
        return rows.stream().map(r -> new Escalation((UUID) r[0], references.get((UUID) r[0]), (String) r[1],
                instant(r[2]), instant(r[3]), instant(r[4]))).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof java.time.OffsetDateTime at) {
            return at.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
