package org.safeguarding.portal.requests;

import java.time.Instant;

import org.safeguarding.portal.access.AccessPurpose;
import org.safeguarding.portal.access.AccessWho;
import org.safeguarding.portal.access.BreakGlassReason;
import org.safeguarding.portal.audit.AuditAction;

/**
 * The line of the survivor's access list a complaint is about, as the survivor saw it: when, what, who (a role, no
 * name) and why, as codes and in words.
 */
public record AboutAccess(Instant at, AuditAction action, String what, AccessWho who, String role, AccessPurpose why,
        String purpose, BreakGlassReason emergencyReason) {
}
