package org.safeguarding.portal.web;

/** A problem with one field, named by a message key so the reply never echoes what was typed. */
public record FieldError(String field, String messageKey) {
}
