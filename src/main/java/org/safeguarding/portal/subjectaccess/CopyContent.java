package org.safeguarding.portal.subjectaccess;

import java.time.Instant;
import java.util.List;

/**
 * Everything held about the survivor on one case, as prepared for their copy: sections of items, each item one thing
 * a reviewer can withhold on its own (an account, a message, a note's version…). Words are resolved when the copy is
 * prepared, so the copy reads the same however long it waits for review. Stored as encrypted JSON.
 */
public record CopyContent(String reference, Instant preparedAt, List<Section> sections) {

    /** One kind of record ({@code key}: account, messages, timeline…) under its heading. */
    public record Section(String key, String title, List<Item> items) {
    }

    /**
     * One item: its id within the copy ({@code message-<uuid>}, {@code note-<uuid>-v2}…), a short label (who, what),
     * when (null for an item with no one time) and its text.
     */
    public record Item(String id, String label, Instant at, String text) {
    }

    public int itemCount() {
        return sections.stream().mapToInt(section -> section.items().size()).sum();
    }

    public boolean hasItem(String itemId) {
        return sections.stream().flatMap(section -> section.items().stream())
                .anyMatch(item -> item.id().equals(itemId));
    }

    /** The section an item is in, for the survivor's "what we left out" (the section, never the item). */
    public String sectionTitleOf(String itemId) {
        return sections.stream().filter(section -> section.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .map(Section::title).findFirst().orElse("");
    }

    /** The copy without the items withheld: what the survivor receives. */
    public CopyContent without(java.util.Set<String> withheld) {
        return new CopyContent(reference, preparedAt, sections.stream().map(section -> new Section(section.key(),
                section.title(), section.items().stream().filter(item -> !withheld.contains(item.id())).toList()))
                .toList());
    }
}
