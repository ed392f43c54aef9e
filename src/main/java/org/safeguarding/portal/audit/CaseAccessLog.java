package org.safeguarding.portal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads one record's lines of the audit log back, for the survivor's list of who read and changed their case. Read
 * only, and apart from {@link AuditService}: it names just the columns whose meaning is fixed (when, who, in which
 * role, what, which record, why), so how the log is written and chained can change without it.
 */
@ApplicationScoped
public class CaseAccessLog {

    /** One line as stored: the caller decides what it means to the person reading it. */
    public record Line(Instant at, String actorSubject, String actorRole, AuditAction action, String purpose) {
    }

    private final EntityManager em;

    CaseAccessLog(EntityManager em) {
        this.em = em;
    }

    /**
     * The record's lines, newest first, at most {@code limit}. Lines of one instant come in a fixed order (the
     * columns themselves), so the same log always reads the same way. The caller has checked who may read them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Line> linesOf(String recordType, UUID recordId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select occurred_at, actor_subject, actor_role, action, purpose
                  from audit_event
                 where record_id = ?1 and record_type = ?2
                 order by occurred_at desc, action, actor_role, actor_subject, purpose
                 limit ?3""").setParameter(1, recordId).setParameter(2, recordType).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(row -> new Line(instant(row[0]), (String) row[1], (String) row[2],
                actionOf((String) row[3]), (String) row[4])).toList();
    }

    /** Names are never renamed (AuditAction), but a line from a newer build may name one this build lacks. */
    private static AuditAction actionOf(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
