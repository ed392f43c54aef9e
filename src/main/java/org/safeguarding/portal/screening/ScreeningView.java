package org.safeguarding.portal.screening;

import java.time.Instant;
import java.util.List;

import org.safeguarding.portal.cases.RiskLevel;

/** A screening as recorded: the facts, the caseworker's level, the level after overrides and which applied. */
public record ScreeningView(Instant screenedAt, SubjectType subjectType, boolean immediateDanger,
        boolean childUnder13, boolean learningDisability, boolean childExploitation, RiskLevel assessedRisk,
        RiskLevel risk, List<RiskOverride> overrides, boolean enhancedRights, PoliceReferralChoice policeReferral,
        String rationale, Classification classification) {

    public String classificationKey() {
        return "classification_" + classification;
    }

    public String subjectKey() {
        return "subject_type_" + subjectType;
    }

    public String riskKey() {
        return "risk_" + risk;
    }

    public String policeKey() {
        return "police_" + policeReferral;
    }
}
