package org.safeguarding.portal.rights;

/**
 * What the law lets the hub erase from a record it must otherwise keep for 75 years (docs/records.md): the survivor's
 * unsent drafts and how to reach them, always; the account of an anonymous case only while nobody on staff has read or
 * acted on it (once they have, it may hold a safeguarding concern the hub must be able to show it acted on). Nothing
 * under a legal hold. Pure, so every combination is tested; {@link ErasureService#mayEraseNow} gathers the facts.
 */
final class ErasureRules {

    private ErasureRules() {
    }

    /** The facts about a case the rule decides on. */
    record Facts(boolean anonymous, boolean staffActed, boolean underLegalHold) {
    }

    static boolean mayErase(ErasureCategory category, Facts facts) {
        if (facts.underLegalHold()) {
            return false;
        }
        return switch (category) {
            case DRAFTS, CONTACT_DETAILS -> true;
            case ANONYMOUS_CASE -> facts.anonymous() && !facts.staffActed();
        };
    }
}
