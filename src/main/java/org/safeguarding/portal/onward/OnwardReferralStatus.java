package org.safeguarding.portal.onward;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** {@code PROPOSED → SENT → ACCEPTED | DECLINED → DONE | WITHDRAWN}. Stored by name. */
public enum OnwardReferralStatus {
    PROPOSED,
    SENT,
    ACCEPTED,
    DECLINED,
    DONE,
    WITHDRAWN;

    /** The partner has answered: for the MASH, this is the outcome a child-at-risk case needs before it closes. */
    public static final Set<OnwardReferralStatus> OUTCOMES = EnumSet.of(ACCEPTED, DECLINED, DONE);

    /** Still in progress: what withdrawing consent withdraws. */
    static final Set<OnwardReferralStatus> OPEN = EnumSet.of(PROPOSED, SENT, ACCEPTED);

    private static final Map<OnwardReferralStatus, Set<OnwardReferralStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(SENT, WITHDRAWN),
            SENT, EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN),
            ACCEPTED, EnumSet.of(DONE, WITHDRAWN),
            DECLINED, EnumSet.noneOf(OnwardReferralStatus.class),
            DONE, EnumSet.noneOf(OnwardReferralStatus.class),
            WITHDRAWN, EnumSet.noneOf(OnwardReferralStatus.class));

    public boolean mayBecome(OnwardReferralStatus next) {
        return NEXT.get(this).contains(next);
    }
}
