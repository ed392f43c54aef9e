package org.safeguarding.portal.screening;

import org.safeguarding.portal.cases.WorkflowFacts;

import org.safeguarding.portal.cases.events.CaseEvents;

import org.safeguarding.portal.access.RecordAccess;

import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.RiskLevel;
import org.safeguarding.portal.onward.OnwardReferralService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.cases.events.Milestone;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * Screening: whom the case is about, immediate danger, the risk level with the standard overrides, enhanced rights,
 * the police-referral choice and what the screening found ({@link Classification}). A child at current risk routes
 * the case to the MASH at once.
 */
@ApplicationScoped
public class ScreeningService implements WorkflowFacts.Screened {

    public static final int MAX_RATIONALE_LENGTH = 5_000;

    private final CaseService cases;
    private final EntityManager em;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final OnwardReferralService onwardReferrals;
    private final CaseEvents caseEvents;
    private final RecordAccess access;
    private final Clock clock;

    ScreeningService(CaseService cases, EntityManager em, FieldCipher cipher, AuditService audit,
            OnwardReferralService onwardReferrals, CaseEvents caseEvents, RecordAccess access, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.caseEvents = caseEvents;
        this.cases = cases;
        this.em = em;
        this.cipher = cipher;
        this.audit = audit;
        this.onwardReferrals = onwardReferrals;
    }

    /**
     * What a caseworker records. Booleans left out count as "no", except immediate danger, which must be answered; the
     * classification must be chosen, and anything but EXPLOITATION needs the rationale.
     */
    public record ScreeningForm(SubjectType subjectType, Boolean immediateDanger, Boolean childUnder13,
            Boolean learningDisability, Boolean childExploitation, RiskLevel risk, Boolean enhancedRights,
            PoliceReferralChoice policeReferral, String rationale, Classification classification) {
    }

    /** Records a screening; empty (404) for a case that does not exist. */
    @Transactional
    public Optional<ScreeningView> screen(Actor caseworker, UUID caseId, ScreeningForm form) {
        validate(form);
        return cases.findByIdOptional(caseId).map(found -> {
            access.requireForChange(caseworker, found);
            RiskOverride.Outcome outcome = RiskOverride.apply(form.risk(), form.immediateDanger(),
                    yes(form.childExploitation()), yes(form.childUnder13()), yes(form.learningDisability()));
            CaseScreening screening = new CaseScreening();
            screening.id = UUID.randomUUID();
            screening.caseId = found.id();
            screening.screenedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            screening.screenedBySubject = caseworker.subject();
            screening.subjectType = form.subjectType();
            screening.immediateDanger = form.immediateDanger();
            screening.childUnder13 = yes(form.childUnder13());
            screening.learningDisability = yes(form.learningDisability());
            screening.childExploitation = yes(form.childExploitation());
            screening.assessedRisk = form.risk();
            screening.risk = outcome.level();
            screening.overrides = outcome.applied().isEmpty() ? null
                    : outcome.applied().stream().map(Enum::name).collect(Collectors.joining(","));
            screening.enhancedRights = yes(form.enhancedRights());
            screening.policeReferral = form.policeReferral();
            screening.classification = form.classification();
            if (form.rationale() != null && !form.rationale().isBlank()) {
                screening.rationaleCiphertext = cipher.encrypt(form.rationale().strip(), rationaleContext(screening.id));
            }
            em.persist(screening);
            found.screened(outcome.level(), form.subjectType().childAtRisk());
            audit.record(caseworker, AuditAction.SCREEN_CASE, CaseService.RECORD_TYPE, found.id(), null);
            em.flush();
            Set<Milestone> events = EnumSet.of(Milestone.SCREENED, Milestone.DECISION,
                    Milestone.ENHANCED_RIGHTS_RECORDED);
            if (form.policeReferral() != PoliceReferralChoice.NOT_YET_ASKED) {
                events.add(Milestone.POLICE_CHOICE_RECORDED);
            }
            caseEvents.reached(found.id(), caseworker, events, screening.screenedAt);
            if (found.childAtRisk()) {
                onwardReferrals.routeToMash(caseworker, found);
            }
            return viewOf(screening);
        });
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isScreened(UUID caseId) {
        return em.createQuery("select count(s) from CaseScreening s where s.caseId = ?1", Long.class)
                .setParameter(1, caseId).getSingleResult() > 0;
    }

    /** Whether the screening in force found the survivor entitled to enhanced rights (the charter's shorter limits). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasEnhancedRights(UUID caseId) {
        return em.createQuery("select s.enhancedRights from CaseScreening s where s.caseId = ?1 "
                + "order by s.screenedAt desc, s.id", Boolean.class).setParameter(1, caseId).setMaxResults(1)
                .getResultStream().findFirst().orElse(false);
    }

    /** The screening in force, for a reader who already opened (and so audited) the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ScreeningView> latestOf(UUID caseId) {
        return em.createQuery("from CaseScreening s where s.caseId = ?1 order by s.screenedAt desc, s.id",
                CaseScreening.class).setParameter(1, caseId).setMaxResults(1).getResultStream().findFirst()
                .map(this::viewOf);
    }

    private ScreeningView viewOf(CaseScreening s) {
        List<RiskOverride> overrides = s.overrides == null ? List.of()
                : java.util.Arrays.stream(s.overrides.split(",")).map(RiskOverride::valueOf).toList();
        return new ScreeningView(s.screenedAt, s.subjectType, s.immediateDanger, s.childUnder13, s.learningDisability,
                s.childExploitation, s.assessedRisk, s.risk, overrides, s.enhancedRights, s.policeReferral,
                s.rationaleCiphertext == null ? null : cipher.decrypt(s.rationaleCiphertext, rationaleContext(s.id)),
                s.classification);
    }

    private static void validate(ScreeningForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null) {
            throw new ValidationProblem(List.of(new FieldError("subjectType", "error_screening_subject_required")));
        }
        if (form.subjectType() == null) {
            errors.add(new FieldError("subjectType", "error_screening_subject_required"));
        }
        if (form.immediateDanger() == null) {
            errors.add(new FieldError("immediateDanger", "error_screening_danger_required"));
        }
        if (form.risk() == null) {
            errors.add(new FieldError("risk", "error_screening_risk_required"));
        }
        if (form.policeReferral() == null) {
            errors.add(new FieldError("policeReferral", "error_screening_police_required"));
        }
        if (form.classification() == null) {
            errors.add(new FieldError("classification", "error_screening_classification_required"));
        }
        boolean hasRationale = form.rationale() != null && !form.rationale().isBlank();
        if (form.classification() != null && form.classification().needsRationale() && !hasRationale) {
            errors.add(new FieldError("rationale", "error_screening_classification_needs_rationale"));
        }
        if (form.policeReferral() == PoliceReferralChoice.CHILD_RISK_OVERRIDE) {
            if (form.subjectType() != null && !form.subjectType().childAtRisk()) {
                errors.add(new FieldError("policeReferral", "error_screening_override_needs_child"));
            } else if (!hasRationale) {
                errors.add(new FieldError("rationale", "error_screening_override_needs_rationale"));
            }
        }
        if (hasRationale && form.rationale().length() > MAX_RATIONALE_LENGTH) {
            errors.add(new FieldError("rationale", "error_reason_too_long"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    private static FieldContext rationaleContext(UUID screeningId) {
        return new FieldContext(CaseScreening.TABLE, CaseScreening.RATIONALE_COLUMN, screeningId);
    }
}
