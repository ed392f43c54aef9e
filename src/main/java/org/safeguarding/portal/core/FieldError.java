package org.safeguarding.portal.core;

/**
 * A problem with one field, named by a message key so the reply never echoes what was typed. {@code wording} is for
 * the few problems whose words come from the portal's own data (a flagged phrase and why), never from the input.
 */
public record FieldError(String field, String messageKey, String wording) {

    public FieldError(String field, String messageKey) {
        this(field, messageKey, null);
    }

    /** Whether the words are in the {@code about} bundle (its keys start with {@code about_}), not {@code msg}. */
    public boolean isAbout() {
        return messageKey.startsWith("about_");
    }
}
