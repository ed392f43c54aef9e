package org.safeguarding.portal.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The language check flags every listed phrase as whole words in any case, and nothing else. */
class LanguageCheckTest {

    private final LanguageCheck check;

    LanguageCheckTest() throws IOException {
        check = new LanguageCheck(Optional.empty());
    }

    private List<String> flagged(String text) {
        return check.flag(text).stream().map(LanguageCheck.Term::id).toList();
    }

    @Test
    void everyListedPhraseIsFlaggedInItsOwnSentence() {
        for (LanguageCheck.Term term : check.terms()) {
            assertTrue(flagged("She was described as " + term.phrase().toUpperCase() + " by staff.").contains(term.id()),
                    term.phrase());
        }
        assertTrue(check.terms().size() >= 10, "the shipped list is not empty");
    }

    @Test
    void phrasesMatchWholeWordsAcrossSpacesAndLineBreaks() {
        assertEquals(List.of("lifestyle-choice"), flagged("this was a lifestyle\n  choice"));
        assertEquals(List.of("promiscuous"), flagged("Promiscuous."));
        assertEquals(List.of(), flagged("unwilling to engage with the perpetrator; nonconsenting")); // not 'willing'
        assertEquals(List.of(), flagged("She was exploited by a 34-year-old man."));
    }

    @Test
    void aCouncilCanSupplyItsOwnList() {
        LanguageCheck own = new LanguageCheck("# ours\nnaughty | naughty | Describe behaviour, not character.\n");
        assertEquals(List.of("naughty"), own.flag("a naughty child").stream().map(LanguageCheck.Term::id).toList());
        assertThrows(IllegalStateException.class, () -> new LanguageCheck("# nothing\n"));
        assertThrows(IllegalStateException.class, () -> new LanguageCheck("broken line without bars"));
    }
}
