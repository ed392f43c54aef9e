package org.safeguarding.portal.cases;

import java.util.UUID;

/**
 * Facts about a case that other features record and the workflow needs to decide which moves are open. Casework
 * owns these questions and features above it answer them, so the workflow never reads their tables.
 */
public final class WorkflowFacts {

    private WorkflowFacts() {
    }

    /** Whether a risk screening has been recorded (answered by screening). */
    public interface Screened {
        boolean isScreened(UUID caseId);
    }

    /** Whether the MASH has answered a referral of this case (answered by onward referrals). */
    public interface MashAnswered {
        boolean isMashAnswered(UUID caseId);
    }
}
