package org.safeguarding.portal.screening;

import org.safeguarding.portal.cases.RiskLevel;

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

    /** The level after the overrides, and the overrides that raised it (none if the judgement already met them). */
    public record Outcome(RiskLevel level, List<RiskOverride> applied) {
    }

    public static Outcome apply(RiskLevel assessed, boolean immediateDanger, boolean childExploitation,
            boolean childUnder13, boolean learningDisability) {
        List<RiskOverride> applied = new ArrayList<>();
        addIfRaising(applied, IMMEDIATE_DANGER, immediateDanger, assessed);
        addIfRaising(applied, CHILD_EXPLOITATION, childExploitation, assessed);
        addIfRaising(applied, CHILD_UNDER_13, childUnder13, assessed);
        addIfRaising(applied, LEARNING_DISABILITY, learningDisability, assessed);
        RiskLevel level = applied.stream().map(o -> o.floor).max(RiskLevel::compareTo).orElse(assessed);
        return new Outcome(level, List.copyOf(applied));
    }

    private static void addIfRaising(List<RiskOverride> applied, RiskOverride override, boolean applies,
            RiskLevel assessed) {
        if (applies && override.floor.compareTo(assessed) > 0) {
            applied.add(override);
        }
    }
}
