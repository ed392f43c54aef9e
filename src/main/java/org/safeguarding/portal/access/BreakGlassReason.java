package org.safeguarding.portal.access;

/**
 * Why a caseworker opens a case assigned to someone else. A fixed list, so the audit row can carry it without free
 * text; the caseworker's own explanation is kept encrypted beside it. Stored by name.
 */
public enum BreakGlassReason {
    /** The assigned worker is away and the survivor or a partner needs an answer. */
    COVERING_FOR_ASSIGNED_WORKER,
    /** New information suggests someone may be at risk now. */
    URGENT_SAFEGUARDING_CONCERN,
    /** The survivor contacted the hub and the assigned worker is not available. */
    SURVIVOR_CONTACTED_US,
    /** Supervision or case audit. */
    SUPERVISION_OR_AUDIT
}
