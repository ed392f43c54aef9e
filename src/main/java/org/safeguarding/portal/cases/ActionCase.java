package org.safeguarding.portal.cases;

import java.util.UUID;

/**
 * What a caseworker's action page shows of its case for context (the reference and the status, as the queue shows
 * them to every caseworker), and the few facts the hub's own action pages need.
 */
public record ActionCase(UUID id, String reference, CaseStatus status, boolean assignedToReader,
        Short contactEveryDays) {

    /** Where a case's record page is; each action page returns there. */
    public static final String RECORD_PATH = "/casework/cases/";

    public static ActionCase of(SurvivorCase found, String readerSubject) {
        return new ActionCase(found.id, found.reference, found.status, readerSubject.equals(found.assigneeSubject),
                found.contactEveryDays);
    }

    /** The record page this action comes from and returns to. */
    public String recordPath() {
        return RECORD_PATH + id;
    }
}
