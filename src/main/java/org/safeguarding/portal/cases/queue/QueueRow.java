package org.safeguarding.portal.cases.queue;

import java.time.Instant;
import java.util.UUID;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.RiskLevel;

/** One line of the triage queue as the query reads it: no free text, and the keys the queue is ordered by. */
record QueueRow(UUID id, String reference, CaseStatus status, Instant openedAt, String assigneeName, RiskLevel risk,
        short riskRank, short breachRank, Instant nextDueAt) {
}
