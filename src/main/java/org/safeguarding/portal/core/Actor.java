package org.safeguarding.portal.core;

/** Who acts: the identity provider's subject (or a receipt-code session's) and the role they act in. */
public record Actor(String subject, String role) {
}
