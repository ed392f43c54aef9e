package org.safeguarding.portal.notes;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Caseworkers' case notes ({@link NotePages}, and the record's list).
 * <p>In {@code messages/notes.properties}; templates use {@code {notes:key}} (docs/pages.md: one bundle per feature).
 */
@MessageBundle(value = "notes", locale = "en")
public interface NoteMsg {

    @Message
    String record_notes_heading();

    @Message
    String record_notes_none();

    @Message
    String record_note_edited();

    @Message
    String record_note_flagged();

    @Message
    String record_note_label();

    @Message
    String record_note_hint();

    @Message
    String record_note_reason();

    @Message
    String record_note_save();
}
