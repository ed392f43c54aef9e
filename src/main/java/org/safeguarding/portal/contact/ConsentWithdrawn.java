package org.safeguarding.portal.contact;

import java.util.UUID;

import org.safeguarding.portal.core.Actor;

/** A survivor withdrew a consent they had granted; fired inside their transaction, so what follows commits with it. */
public record ConsentWithdrawn(UUID caseId, ConsentPurpose purpose, Actor survivor) {
}
