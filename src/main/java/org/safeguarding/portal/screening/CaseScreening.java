package org.safeguarding.portal.screening;

import org.safeguarding.portal.cases.RiskLevel;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One screening of a case. Only ever added: the newest is in force, the earlier ones are the record. */
@Entity
@Table(name = "case_screening")
class CaseScreening {

    static final String TABLE = "case_screening";
    static final String RATIONALE_COLUMN = "rationale_ciphertext";

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "screened_at", nullable = false, updatable = false)
    Instant screenedAt;

    @Column(name = "screened_by_subject", nullable = false, updatable = false)
    String screenedBySubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    SubjectType subjectType;

    @Column(name = "immediate_danger", nullable = false, updatable = false)
    boolean immediateDanger;

    @Column(name = "child_under_13", nullable = false, updatable = false)
    boolean childUnder13;

    @Column(name = "learning_disability", nullable = false, updatable = false)
    boolean learningDisability;

    @Column(name = "child_exploitation", nullable = false, updatable = false)
    boolean childExploitation;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_risk", nullable = false, updatable = false)
    RiskLevel assessedRisk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    RiskLevel risk;

    /** The overrides that raised the level, by name, comma-separated; null if none did. */
    @Column(updatable = false)
    String overrides;

    @Column(name = "enhanced_rights", nullable = false, updatable = false)
    boolean enhancedRights;

    @Enumerated(EnumType.STRING)
    @Column(name = "police_referral", nullable = false, updatable = false)
    PoliceReferralChoice policeReferral;

    /** What the screening found; anything but EXPLOITATION was recorded with a rationale. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Classification classification;

    @Column(name = "rationale_ciphertext", updatable = false)
    byte[] rationaleCiphertext;
}
