package org.safeguarding.portal.charter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.safeguarding.portal.cases.events.CaseEvent;

/**
 * The charter follows what happens on cases: casework and the features on it announce events (see
 * {@link CaseEvent}) and never call the charter. Observed synchronously, inside the change's transaction.
 */
@ApplicationScoped
class CharterFollowsCases {

    private final CharterService charter;

    CharterFollowsCases(CharterService charter) {
        this.charter = charter;
    }

    void opened(@Observes CaseEvent.Opened opened) {
        charter.caseOpened(opened.caseId(), opened.by(), opened.at());
    }

    void reached(@Observes CaseEvent.MilestonesReached reached) {
        charter.record(reached.caseId(), reached.by(), reached.milestones(), reached.at(), reached.about());
    }

    void paused(@Observes CaseEvent.Paused paused) {
        charter.paused(paused.caseId(), paused.at());
    }

    void resumed(@Observes CaseEvent.Resumed resumed) {
        charter.resumed(resumed.caseId(), resumed.at());
    }

    void closed(@Observes CaseEvent.Closed closed) {
        charter.caseClosed(closed.caseId(), closed.at());
    }

    /** A withdrawn case owes no more promises: they end as at closure (ended, not broken). */
    void withdrawn(@Observes CaseEvent.Withdrawn withdrawn) {
        charter.caseClosed(withdrawn.caseId(), withdrawn.at());
    }

    void contactFrequencyAgreed(@Observes CaseEvent.ContactFrequencyAgreed agreed) {
        charter.agreedFrequencyChanged(agreed.caseId());
    }
}
