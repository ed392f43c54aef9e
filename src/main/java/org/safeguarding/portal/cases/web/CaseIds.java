package org.safeguarding.portal.cases.web;

import java.util.Optional;
import java.util.UUID;

/** Case ids from a URL: anything that is not a UUID is simply a case that is not there (404). */
public final class CaseIds {

    private CaseIds() {
    }

    public static Optional<UUID> parse(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
