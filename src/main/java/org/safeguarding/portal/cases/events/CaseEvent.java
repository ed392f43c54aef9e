package org.safeguarding.portal.cases.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.safeguarding.portal.core.Actor;

/**
 * Something happened on a case that features above casework must hear of (the charter's promises, the survivor's
 * messages). Fired through {@link CaseEvents} inside the transaction that made the change; observers run at once in
 * that transaction, so a failing observer rolls the change back and nothing is half done. Casework never calls the
 * features that listen.
 */
public sealed interface CaseEvent {

    UUID caseId();

    /** A survivor's account opened the case. */
    record Opened(UUID caseId, Actor by, Instant at) implements CaseEvent {
    }

    /**
     * One change reached these milestones (assigned, contacted, screened, a status move…), by whoever made it, at one
     * moment; {@code about} names the one thing they concern (a complaint, a records request), or is null.
     */
    record MilestonesReached(UUID caseId, Actor by, Set<Milestone> milestones, Instant at, UUID about)
            implements CaseEvent {
    }

    /** The survivor asked for a break: the case waits. */
    record Paused(UUID caseId, Instant at) implements CaseEvent {
    }

    /** The survivor is ready again. */
    record Resumed(UUID caseId, Instant at) implements CaseEvent {
    }

    /** The case closed; {@code reasonsForSurvivor} are the written reasons given at the proposal. */
    record Closed(UUID caseId, Actor by, Instant at, String reasonsForSurvivor) implements CaseEvent {
    }

    /**
     * The survivor withdrew the case: the charter's running promises end (as at closure), and the worker is told.
     * {@code childAtRisk}: the case records a child at current risk, a duty that does not end with the withdrawal.
     */
    record Withdrawn(UUID caseId, Actor by, Instant at, String assigneeSubject, boolean childAtRisk) implements CaseEvent {
    }

    /** How often the survivor agreed to hear from their worker changed. */
    record ContactFrequencyAgreed(UUID caseId, int days) implements CaseEvent {
    }
}
