package org.safeguarding.portal.core;

/**
 * A problem with one field, named by a message key so the reply never echoes what was typed. {@code wording} is for
 * the few problems whose words come from the portal's own data (a flagged phrase and why), never from the input.
 */
public record FieldError(String field, String messageKey, String wording) {

    public FieldError(String field, String messageKey) {
        this(field, messageKey, null);
    }
}
