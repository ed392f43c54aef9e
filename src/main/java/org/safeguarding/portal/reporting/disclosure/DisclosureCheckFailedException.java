package org.safeguarding.portal.reporting.disclosure;

/**
 * A table whose suppression pattern did not pass {@link DisclosureVerifier}: it must not be published. The message
 * names cells, never counts, so it is safe to log.
 */
public class DisclosureCheckFailedException extends RuntimeException {

    private final transient Verification verification;

    public DisclosureCheckFailedException(Verification verification) {
        super("disclosure check failed for " + verification.findings().size() + " cell(s), first "
                + verification.findings().get(0).cell() + ": " + verification.findings().get(0).problem());
        this.verification = verification;
    }

    public Verification verification() {
        return verification;
    }
}
