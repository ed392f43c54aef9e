package org.safeguarding.portal.intake.referrer;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.safeguarding.portal.cases.CaseSummary;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.receipt.ReceiptSessions;
import org.safeguarding.portal.security.limits.RequestLimits;
import org.safeguarding.portal.security.limits.TooManyAttempts;

/**
 * Accepting a survivor's invitation, from the API or a page, with the limits a guessable code needs: every attempt
 * counts (per subject and per client; without an account, against the receipt codes' own allowance as well, since
 * both are guesses at a code), over the limit is {@link TooManyAttempts} whatever the code, and a code that opens
 * nothing answers no sooner than the receipt codes' failure floor, so neither the answer nor its timing tells an
 * unknown code from a used, replaced or expired one. Outside a transaction: the counts stand even when the attempt
 * fails.
 */
@ApplicationScoped
public class InvitationAcceptance {

    private final Invitations invitations;
    private final RequestLimits limits;
    private final ReceiptSessions receiptCodes;

    InvitationAcceptance(Invitations invitations, RequestLimits limits, ReceiptSessions receiptCodes) {
        this.invitations = invitations;
        this.limits = limits;
        this.receiptCodes = receiptCodes;
    }

    /** The signed-in survivor's acceptance; empty for a code that opens nothing. */
    public Optional<CaseSummary> accept(Actor survivor, String typedCode) {
        long started = System.nanoTime();
        limits.countInvitationAttempt(survivor.subject());
        Optional<CaseSummary> taken = invitations.accept(survivor, typedCode);
        if (taken.isEmpty()) {
            receiptCodes.answerFailureNoSoonerThanFloor(started);
        }
        return taken;
    }

    /** Acceptance by someone without an account, who gets a new receipt code for the case; empty as above. */
    public Optional<Invitations.TakenWithReceipt> acceptWithReceipt(String typedCode) {
        long started = System.nanoTime();
        receiptCodes.countCodeAttempt();
        limits.countInvitationAttempt(null);
        Optional<Invitations.TakenWithReceipt> taken = invitations.acceptWithReceipt(typedCode);
        if (taken.isEmpty()) {
            receiptCodes.answerFailureNoSoonerThanFloor(started);
        }
        return taken;
    }
}
