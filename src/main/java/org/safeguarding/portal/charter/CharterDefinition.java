package org.safeguarding.portal.charter;

import org.safeguarding.portal.cases.events.Milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of the charter as the council publishes it: data (resources/charter/charter-v&lt;n&gt;.json, loaded into
 * the database at start), never code. A version applies to cases opened on or after its effective date.
 */
public record CharterDefinition(int version, LocalDate effectiveFrom, String title, List<Commitment> commitments) {

    /** A promise: its words for survivors, what starts its clock, what meets it, when it is due, and its options. */
    public record Commitment(String id, String text, Milestone startsOn, Milestone metBy, Due due,
            boolean waivable, boolean renews, boolean repeats) {
    }

    /**
     * The due rule. {@code enhancedRightsAmount}, if set, replaces the amount for survivors with enhanced rights;
     * {@code agreedFrequency} means the contact interval agreed with the survivor applies, never longer than the amount.
     */
    public record Due(DueRule rule, Integer amount, Integer enhancedRightsAmount, boolean agreedFrequency) {
    }

    public Optional<Commitment> commitment(String id) {
        return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Checks what JSON cannot: every commitment has an id and words, events, and an amount where its rule needs one. */
    CharterDefinition validated() {
        if (version < 1 || effectiveFrom == null || commitments == null || commitments.isEmpty()) {
            throw new IllegalStateException("charter version " + version + ": version, effectiveFrom and commitments");
        }
        for (Commitment c : commitments) {
            if (c.id() == null || c.text() == null || c.text().isBlank() || c.startsOn() == null || c.metBy() == null
                    || c.due() == null || c.due().rule() == null) {
                throw new IllegalStateException("charter version " + version + ": an incomplete commitment " + c.id());
            }
            if (c.due().rule() != DueRule.AT_EVENT && (c.due().amount() == null || c.due().amount() < 1)) {
                throw new IllegalStateException("charter version " + version + ": " + c.id() + " needs an amount");
            }
        }
        if (commitments.stream().map(Commitment::id).distinct().count() != commitments.size()) {
            throw new IllegalStateException("charter version " + version + ": commitment ids repeat");
        }
        return this;
    }
}
