package org.safeguarding.portal.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A caseworker's note with all its versions, oldest first; the last one is the note as it stands. */
public record NoteView(UUID id, Instant createdAt, List<NoteVersionView> versions) {
    public NoteVersionView current() {
        return versions.get(versions.size() - 1);
    }
}
