package org.safeguarding.portal.screening;

import java.time.Instant;
import java.util.List;

import org.safeguarding.portal.cases.RiskLevel;

/** A screening as recorded: the facts, the caseworker's level, the level after overrides and which applied. */
public record ScreeningView(Instant screenedAt, SubjectType subjectType, boolean immediateDanger,
        boolean childUnder13, boolean learningDisability, boolean childExploitation, RiskLevel assessedRisk,
        RiskLevel risk, List<RiskOverride> overrides, boolean enhancedRights, PoliceReferralChoice policeReferral,
        String rationale, Classification classification) {
}
