package org.safeguarding.portal.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every combination of the facts the erasure rule decides on, written out here independently of the rule. */
class ErasureRulesTest {

    @ParameterizedTest(name = "{0} anonymous={1} staffActed={2} hold={3} -> {4}")
    @CsvSource({
            "DRAFTS, false, true, false, true",
            "DRAFTS, true, false, false, true",
            "CONTACT_DETAILS, false, true, false, true",
            "ANONYMOUS_CASE, true, false, false, true",
            "ANONYMOUS_CASE, true, true, false, false",
            "ANONYMOUS_CASE, false, false, false, false",
            "ANONYMOUS_CASE, false, true, false, false",
            "DRAFTS, false, false, true, false",
            "CONTACT_DETAILS, true, false, true, false",
            "ANONYMOUS_CASE, true, false, true, false" })
    void theLawsAnswer(ErasureCategory category, boolean anonymous, boolean staffActed, boolean hold,
            boolean allowed) {
        assertEquals(allowed, ErasureRules.mayErase(category, new ErasureRules.Facts(anonymous, staffActed, hold)));
    }
}
