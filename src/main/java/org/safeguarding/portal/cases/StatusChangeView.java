package org.safeguarding.portal.cases;

import java.time.Instant;

/**
 * One change of status with who made it (role, and subject for staff), their reason, decrypted, and why the case
 * closes on the changes that proposed or completed closure.
 */
public record StatusChangeView(Instant at, CaseStatus from, CaseStatus to, String byRole, String bySubject,
        String reason, ClosureReason closureReason) {
}
