package org.safeguarding.portal.intake;

import java.util.regex.Pattern;

/** Client-chosen idempotency keys: opaque, bounded, and safe to store and compare. */
public final class IdempotencyKeys {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private IdempotencyKeys() {
    }

    public static boolean isWellFormed(String key) {
        return key != null && WELL_FORMED.matcher(key).matches();
    }
}
