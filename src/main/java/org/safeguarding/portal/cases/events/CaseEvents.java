package org.safeguarding.portal.cases.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.core.Actor;

/**
 * Where casework and the features built on cases (screening, messages, requests) announce what happened on a case.
 * Synchronous CDI events, so observers share the caller's transaction (see {@link CaseEvent}).
 */
@ApplicationScoped
public class CaseEvents {

    private final Event<CaseEvent> events;

    CaseEvents(Event<CaseEvent> events) {
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fire(CaseEvent event) {
        events.fire(event);
    }

    /** The milestones one change reached; nothing is fired for none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reached(UUID caseId, Actor by, Set<Milestone> milestones, Instant at) {
        reached(caseId, by, milestones, at, null);
    }

    /** The same, about one thing on the case (a complaint, a records request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reached(UUID caseId, Actor by, Set<Milestone> milestones, Instant at, UUID about) {
        if (!milestones.isEmpty()) {
            events.fire(new CaseEvent.MilestonesReached(caseId, by, Set.copyOf(milestones), at, about));
        }
    }
}
