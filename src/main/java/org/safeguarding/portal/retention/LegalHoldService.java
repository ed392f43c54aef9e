package org.safeguarding.portal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.staff.StaffDirectory;
import org.safeguarding.portal.staff.StaffMember;

/**
 * Legal holds: a lead sets one on a case with a category and a reason (encrypted), and releases it with a reason; while
 * any hold on a case is current, nothing disposes of it ({@link #isUnderHold}). Setting, releasing and listing are
 * audited. Setting a hold and destroying a case both lock the case's row first, so a hold set while a disposal is being
 * approved either comes first (and the case is kept) or finds the case gone.
 */
@ApplicationScoped
public class LegalHoldService {

    public static final int MAX_REASON_LENGTH = 1_000;
    static final String RECORD_TYPE = "legal_hold";
    private static final String TABLE = "legal_hold";

    private final EntityManager em;
    private final CaseService cases;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final StaffDirectory staff;
    private final Clock clock;

    LegalHoldService(EntityManager em, CaseService cases, FieldCipher cipher, AuditService audit, StaffDirectory staff,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** Whether any hold on the case is current: every disposal of the case (and its erasure) stops while it is. */
    @Transactional
    public boolean isUnderHold(UUID caseId) {
        return !em.createNativeQuery("select 1 from legal_hold where case_id = ?1 and released_at is null")
                .setParameter(1, caseId).getResultList().isEmpty();
    }

    /** Sets a hold; empty (404) when no such case exists. */
    @Transactional
    public Optional<HoldView> set(Actor lead, UUID caseId, HoldCategory category, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(new FieldError("category", "error_hold_category_required"));
        }
        checkReason(reason, errors);
        if (cases.findByIdOptional(caseId).isEmpty()) {
            return Optional.empty();
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        lockCase(caseId);
        UUID id = UUID.randomUUID();
        Instant now = now();
        em.createNativeQuery("insert into legal_hold (id, case_id, category, reason_ciphertext, set_at, set_by_subject) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, id).setParameter(2, caseId)
                .setParameter(3, category.name())
                .setParameter(4, cipher.encrypt(reason.strip(), new FieldContext(TABLE, "reason_ciphertext", id)))
                .setParameter(5, now).setParameter(6, lead.subject()).executeUpdate();
        audit.record(lead, AuditAction.SET_LEGAL_HOLD, CaseService.RECORD_TYPE, caseId, category.name());
        return Optional.of(find(id).orElseThrow());
    }

    /** Releases a current hold; empty (404) for no such hold, 409 for one already released. */
    @Transactional
    public Optional<HoldView> release(Actor lead, UUID holdId, String reason) {
        Optional<HoldView> hold = find(holdId);
        if (hold.isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        checkReason(reason, errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        int released = em.createNativeQuery("update legal_hold set released_at = ?2, released_by_subject = ?3, "
                + "release_reason_ciphertext = ?4 where id = ?1 and released_at is null").setParameter(1, holdId)
                .setParameter(2, now()).setParameter(3, lead.subject())
                .setParameter(4, cipher.encrypt(reason.strip(),
                        new FieldContext(TABLE, "release_reason_ciphertext", holdId)))
                .executeUpdate();
        if (released == 0) {
            throw new Refused(409, "hold_already_released");
        }
        audit.record(lead, AuditAction.RELEASE_LEGAL_HOLD, CaseService.RECORD_TYPE, hold.get().caseId(),
                hold.get().category().name());
        return find(holdId);
    }

    /** Every hold, current first, then newest first; reading the list (with its reasons) is audited. */
    @Transactional
    public List<HoldView> list(Actor lead) {
        audit.record(lead, AuditAction.LIST_LEGAL_HOLDS, RECORD_TYPE, null, null);
        return query("order by (h.released_at is null) desc, h.set_at desc", null);
    }

    /** One hold, for its release page; audited as a read of the case it holds. */
    @Transactional
    public Optional<HoldView> open(Actor lead, UUID holdId) {
        Optional<HoldView> hold = find(holdId);
        hold.ifPresent(h -> audit.record(lead, AuditAction.LIST_LEGAL_HOLDS, CaseService.RECORD_TYPE, h.caseId(),
                null));
        return hold;
    }

    /** The case a reference names, for the page where a lead types it; empty when none does. */
    @Transactional
    public Optional<UUID> caseWithReference(String reference) {
        if (reference == null || reference.isBlank() || reference.strip().length() > 11) {
            return Optional.empty();
        }
        List<?> found = em.createNativeQuery("select id from survivor_case where reference = ?1")
                .setParameter(1, reference.strip().toUpperCase(java.util.Locale.ROOT)).getResultList();
        return found.stream().map(UUID.class::cast).findFirst();
    }

    private Optional<HoldView> find(UUID holdId) {
        return query("and h.id = ?1", holdId).stream().findFirst();
    }

    private List<HoldView> query(String tail, UUID holdId) {
        String sql = "select h.id, h.case_id, c.reference, h.category, h.reason_ciphertext, h.set_at, h.set_by_subject, "
                + "h.released_at, h.released_by_subject, h.release_reason_ciphertext "
                + "from legal_hold h join survivor_case c on c.id = h.case_id where true " + tail;
        var query = em.createNativeQuery(sql);
        if (holdId != null) {
            query.setParameter(1, holdId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<HoldView> holds = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            byte[] releaseReason = (byte[]) row[9];
            holds.add(new HoldView(id, (UUID) row[1], (String) row[2], HoldCategory.valueOf((String) row[3]),
                    cipher.decrypt((byte[]) row[4], new FieldContext(TABLE, "reason_ciphertext", id)),
                    instant(row[5]), nameOf((String) row[6]), instant(row[7]), nameOf((String) row[8]),
                    releaseReason == null ? null : cipher.decrypt(releaseReason,
                            new FieldContext(TABLE, "release_reason_ciphertext", id))));
        }
        return holds;
    }

    private void lockCase(UUID caseId) {
        em.createNativeQuery("select id from survivor_case where id = ?1 for update").setParameter(1, caseId)
                .getResultList();
    }

    private String nameOf(String subject) {
        return subject == null ? null : staff.find(subject).map(StaffMember::displayName).orElse(subject);
    }

    private static void checkReason(String reason, List<FieldError> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "error_hold_reason_required"));
        } else if (reason.length() > MAX_REASON_LENGTH) {
            errors.add(new FieldError("reason", "error_hold_reason_too_long"));
        }
    }

    static Instant instant(Object value) {
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

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
