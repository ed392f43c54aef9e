package org.safeguarding.portal.acceptance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the clients know, kept on their side: every Idempotency-Key sent, every answer to it (from which instance,
 * with which case id and receipt code), and whether each id was read back. From it and the database's own counts
 * come the two figures that matter: submissions lost and submissions stored more than once.
 */
final class SubmissionLedger {

    /** One answer to one request. {@code caseId} and {@code receiptCode} are null unless the answer was a 201. */
    record Answer(String instance, boolean retry, boolean concurrent, int status, String caseId, String receiptCode,
            boolean replayed) {
    }

    /** One submission: its key and every answer to it, the first send's and the retry's. */
    static final class Entry {
        final String key;
        final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        volatile boolean readBack;

        Entry(String key) {
            this.key = key;
        }

        /** The distinct case ids this key was answered with (one, if all is well). */
        Set<String> ids() {
            synchronized (answers) {
                Set<String> ids = new LinkedHashSet<>();
                answers.stream().map(Answer::caseId).filter(Objects::nonNull).forEach(ids::add);
                return ids;
            }
        }

        /** The distinct receipt codes this key was answered with (one: a retry shows the code the first gave). */
        Set<String> codes() {
            synchronized (answers) {
                Set<String> codes = new LinkedHashSet<>();
                answers.stream().map(Answer::receiptCode).filter(Objects::nonNull).forEach(codes::add);
                return codes;
            }
        }

        /** The instance that answered first with a case (the read-back goes to the other one). */
        String firstInstance() {
            synchronized (answers) {
                return answers.stream().filter(a -> a.caseId() != null).map(Answer::instance).findFirst()
                        .orElse(null);
            }
        }
    }

    /** Thread-safe, in the order keys were opened. */
    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

    /** Opens the entry for a new key, before anything is sent with it. */
    Entry open(String key) {
        Entry entry = new Entry(key);
        entries.add(entry);
        return entry;
    }

    List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** Every case id any answer carried. */
    Set<String> idsReceived() {
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(entry -> ids.addAll(entry.ids()));
        return ids;
    }

    /**
     * Keys never answered with a case, or answered with a case the database does not hold, or not read back.
     *
     * @param storedRows the database's rows for each id received (survivor_case joined to referral)
     */
    long lost(Map<String, Integer> storedRows) {
        return entries.stream().filter(entry -> entry.ids().isEmpty() || !entry.readBack
                || entry.ids().stream().anyMatch(id -> storedRows.getOrDefault(id, 0) == 0)).count();
    }

    /**
     * Submissions stored more than once: a key answered with two ids, an id with more than one stored row, and rows
     * stored by the API that no answer named.
     *
     * @param apiRowsInDatabase every referral the API submissions stored (not seeded, not the test's other cases)
     */
    long duplicated(Map<String, Integer> storedRows, long apiRowsInDatabase) {
        long twoIds = entries.stream().mapToLong(entry -> Math.max(0, entry.ids().size() - 1)).sum();
        long twoRows = storedRows.values().stream().mapToLong(rows -> Math.max(0, rows - 1)).sum();
        long named = storedRows.values().stream().mapToLong(Integer::longValue).sum();
        long unnamed = Math.max(0, apiRowsInDatabase - named);
        return twoIds + twoRows + unnamed;
    }

    /** The figures, printed by the test so a run's log shows them. */
    String figures(Map<String, Integer> storedRows, long apiRowsInDatabase) {
        List<Answer> answers = new ArrayList<>();
        entries.forEach(entry -> answers.addAll(entry.answers));
        Map<String, Long> byInstance = new TreeMap<>();
        Map<Integer, Long> byStatus = new TreeMap<>();
        answers.forEach(answer -> {
            byInstance.merge(answer.instance(), 1L, Long::sum);
            byStatus.merge(answer.status(), 1L, Long::sum);
        });
        long retries = answers.stream().filter(Answer::retry).count();
        long concurrent = answers.stream().filter(a -> a.retry() && a.concurrent()).count();
        long replayed = answers.stream().filter(Answer::replayed).count();
        long readBack = entries.stream().filter(entry -> entry.readBack).count();
        return String.format(java.util.Locale.ROOT, "Submission ledger: %d keys sent in %d requests %s; %d retries "
                + "of a key to the other instance (%d while the first was in flight, %d after its answer); answers by "
                + "status %s, %d marked Idempotent-Replayed; %d distinct case ids received, %d read back through the "
                + "other instance; %d rows in the database for those ids, %d rows stored by the API in all; lost %d, "
                + "duplicated %d", entries.size(), answers.size(), byInstance, retries, concurrent,
                retries - concurrent, byStatus, replayed, idsReceived().size(), readBack,
                storedRows.values().stream().mapToLong(Integer::longValue).sum(), apiRowsInDatabase,
                lost(storedRows), duplicated(storedRows, apiRowsInDatabase));
    }
}
