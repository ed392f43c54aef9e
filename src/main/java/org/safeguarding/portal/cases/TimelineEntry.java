package org.safeguarding.portal.cases;

import java.time.Instant;

/** A step in the case's history: from when, the status it entered (plain words come from the bundle). */
public record TimelineEntry(Instant at, CaseStatus status) {
}
