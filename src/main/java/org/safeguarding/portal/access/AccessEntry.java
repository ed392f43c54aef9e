package org.safeguarding.portal.access;

import java.time.Instant;

import org.safeguarding.portal.audit.AuditAction;

/**
 * One read or change of a survivor's case, as they see it ({@code GET /api/v1/me/cases/{id}/access}): when, what,
 * who (a role; the name only of their own worker), and why, each as a code and in words. {@code id} names the entry
 * for a complaint about it; it is made of the time alone, so it tells nothing the entry does not.
 */
public record AccessEntry(String id, Instant at, AuditAction action, String what, AccessWho who, String role,
        String worker, AccessPurpose why, String purpose, BreakGlassReason emergencyReason) {
}
