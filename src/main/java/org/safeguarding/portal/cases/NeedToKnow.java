package org.safeguarding.portal.cases;

import org.safeguarding.portal.core.Actor;

/**
 * The need-to-know rule every change to a case passes first. Casework owns the question; the access feature answers
 * it (a colleague's case needs a declared reason, see {@code access.RecordAccess}), so casework never depends on it.
 * Throws {@code Refused} (403) when the caseworker may not make the change; nothing is stored then.
 */
public interface NeedToKnow {

    /** A note, a message, a screening, a referral, an assignment. */
    void requireForChange(Actor caseworker, SurvivorCase found);

    /** A move of the case to {@code to}: signing off or declining a proposed closure is the reviewer's. */
    void requireForMove(Actor caseworker, SurvivorCase found, CaseStatus to);
}
