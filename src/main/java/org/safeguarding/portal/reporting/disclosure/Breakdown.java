package org.safeguarding.portal.reporting.disclosure;

import java.util.Optional;

/**
 * The answer to a drill-down: the breakdown as published, or "breakdown not available". The reason is for logs and
 * tests; the board sees only {@link #NOT_AVAILABLE}, because saying which child was small would say something.
 */
public record Breakdown(Optional<ProtectedTable> table, String reason) {

    /** What the board is shown when a breakdown is refused. */
    public static final String NOT_AVAILABLE = "breakdown not available";

    static Breakdown available(ProtectedTable table) {
        return new Breakdown(Optional.of(table), "");
    }

    static Breakdown notAvailable(String reason) {
        return new Breakdown(Optional.empty(), reason);
    }

    public boolean isAvailable() {
        return table.isPresent();
    }

    /** What a page shows in place of the breakdown when it is not available. */
    public String message() {
        return isAvailable() ? "" : NOT_AVAILABLE;
    }
}
