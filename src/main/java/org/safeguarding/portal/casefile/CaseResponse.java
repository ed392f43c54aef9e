package org.safeguarding.portal.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguarding.portal.acknowledgement.Acknowledgement;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.TimelineEntry;
import org.safeguarding.portal.charter.CommitmentView;
import org.safeguarding.portal.contact.PreferencesView;
import org.safeguarding.portal.messages.MessageView;
import org.safeguarding.portal.requests.RequestView;

/**
 * A case as the JSON API gives it to the survivor who owns it ({@code GET /api/v1/me/cases/{id}}), and the part of
 * the caseworker's record they share. The API's own record, apart from the page's {@link CaseDetail}: a helper added
 * for a page must not change what clients receive ({@code CaseApiContractTest} pins the fields).
 */
public record CaseResponse(UUID id, String reference, CaseStatus status, Instant openedAt, String account,
        IntakeAnswers intake, Acknowledgement acknowledgement, PreferencesView preferences,
        List<TimelineEntry> timeline, List<MessageView> messages, String assignedWorker,
        List<CommitmentView> commitments, List<RequestView> requests, boolean paused) {

    static CaseResponse of(CaseDetail detail) {
        return new CaseResponse(detail.id(), detail.reference(), detail.status(), detail.openedAt(), detail.account(),
                detail.intake(), detail.acknowledgement(), detail.preferences(), detail.timeline(), detail.messages(),
                detail.assignedWorker(), detail.commitments(), detail.requests(), detail.isPaused());
    }
}
