package org.safeguarding.portal.cases;

/** The screened risk level. Stored by name. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH;

    /**
     * Where a case sorts in the triage queue, most urgent first. A case nobody has screened yet sorts above Medium
     * (it could be anything), and at the very top with High when the survivor said someone is at risk now.
     */
    static short queueRank(RiskLevel screened, boolean riskNowAtIntake) {
        if (screened == null) {
            return (short) (riskNowAtIntake ? 0 : 1);
        }
        return switch (screened) {
            case HIGH -> 0;
            case MEDIUM -> 2;
            case LOW -> 3;
        };
    }
}
