package org.safeguarding.portal.casework;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard overrides on a caseworker's risk judgement: some facts set a floor the judgement cannot go below.
 * Listed on the screening, so the case shows why its level is higher than the one chosen.
 */
public enum RiskOverride {
    /** Someone is in immediate danger: High. */
    IMMEDIATE_DANGER(RiskLevel.HIGH),
    /** Sexual exploitation of a child is disclosed: High. */
    CHILD_EXPLOITATION(RiskLevel.HIGH),
    /** A child under 13 is involved: never Low. */
    CHILD_UNDER_13(RiskLevel.MEDIUM),
    /** Someone with a learning disability is involved: never Low. */
    LEARNING_DISABILITY(RiskLevel.MEDIUM);

    private final RiskLevel floor;

    RiskOverride(RiskLevel floor) {
        this.floor = floor;
    }

    /** The bundle key of the override's words. */
    public String messageKey() {
        return "override_" + name();
    }

    /** The level after the overrides, and the overrides that raised it (none if the judgement already met them). */
    public record Outcome(RiskLevel level, List<RiskOverride> applied) {
    }

    public static Outcome apply(RiskLevel assessed, boolean immediateDanger, boolean childExploitation,
            boolean childUnder13, boolean learningDisability) {
        RiskLevel level = assessed;
        List<RiskOverride> applied = new ArrayList<>();
        boolean[] facts = {immediateDanger, childExploitation, childUnder13, learningDisability};
        for (RiskOverride override : values()) {
            if (facts[override.ordinal()] && override.floor.compareTo(assessed) > 0) {
                applied.add(override);
                if (override.floor.compareTo(level) > 0) {
                    level = override.floor;
                }
            }
        }
        return new Outcome(level, List.copyOf(applied));
    }
}
