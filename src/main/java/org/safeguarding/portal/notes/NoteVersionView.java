package org.safeguarding.portal.notes;

import java.time.Instant;
import java.util.List;

/** One version of a note: its words, when, the flagged phrases it kept and the reason given for keeping them. */
public record NoteVersionView(int version, String text, Instant writtenAt, List<String> flaggedTerms,
        String confirmReason) {
}
