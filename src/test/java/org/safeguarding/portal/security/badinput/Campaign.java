package org.safeguarding.portal.security.badinput;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends the attacks a batch at a time (one category, one operation, one actor) and holds every answer to the rules:
 * never a 5xx, a refusal is a clear 4xx (or, for a page without a session, the way to sign in), the request's marker
 * never in a refusal, and no table holds a row more after a refused request.
 */
final class Campaign {

    /** Where a page sends someone without a session: Keycloak's sign-in, or "come back with your code". */
    private static final List<String> SIGN_IN = List.of("/protocol/openid-connect/auth", "/receipt/come-back");

    private final Wire wire;
    private final TableCounts tables;
    private final Map<Category, Tally> tallies = new EnumMap<>(Category.class);
    private final List<String> failures = new ArrayList<>();
    private final ExecutorService parallel = Executors.newFixedThreadPool(4);
    /** Per operation and role: whether any of its malformed bodies got past sign-in and the role and CSRF checks. */
    private final Map<String, Boolean> reached = new TreeMap<>();
    private int sentAgain;

    /** What a category's requests were answered. */
    static final class Tally {
        int sent;
        int refused;
        int accepted;
        long nanos;
        final Map<Integer, Integer> statuses = new TreeMap<>();
    }

    Campaign(Wire wire, TableCounts tables) {
        this.wire = wire;
        this.tables = tables;
    }

    /**
     * Sends one batch. Requests that may rightly be accepted (a body sent as the operation's own role) go one at a time,
     * each counted against the tables; the others go out together (four at a time, over the one client) and are
     * counted once for the batch. A route that checks a receipt code waits a deliberate failure floor on each
     * failure, so its requests always go together.
     */
    void run(List<Attack> batch) {
        if (batch.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Attack first = batch.get(0);
        tallies.computeIfAbsent(first.category, c -> new Tally());
        try {
            if (first.expect == Expect.NO_SERVER_ERROR && first.op.changesState() && !first.op.checksReceiptCode()) {
                runOneByOne(batch);
            } else {
                runTogether(batch);
            }
        } finally {
            tallies.get(first.category).nanos += System.nanoTime() - started;
        }
    }

    private void runOneByOne(List<Attack> batch) {
        Map<String, Long> before = tables.now();
        for (Attack attack : batch) {
            boolean refused = judge(attack, wire.send(attack), true);
            Map<String, Long> after = tables.now();
            if (refused) {
                checkNothingStored(before, after, attack.toString());
            }
            before = after;
        }
    }

    private void runTogether(List<Attack> batch) {
        Map<String, Long> before = tables.now();
        List<Answer> answers = sendTogether(batch);
        boolean anyAccepted = false;
        for (int i = 0; i < batch.size(); i++) {
            anyAccepted |= !judge(batch.get(i), answers.get(i), true);
        }
        if (!anyAccepted) {
            checkNothingStored(before, tables.now(), batch.get(0).toString() + " and the rest of its batch of "
                    + batch.size());
            return;
        }
        // Some were accepted after all: each refusal again on its own, with its own count of rows.
        for (int i = 0; i < batch.size(); i++) {
            if (isRefusal(batch.get(i), answers.get(i))) {
                Map<String, Long> alone = tables.now();
                Answer again = wire.send(batch.get(i));
                sentAgain++;
                if (judge(batch.get(i), again, false)) {
                    checkNothingStored(alone, tables.now(), batch.get(i).toString());
                }
            }
        }
    }

    /** Sends a request whose own checks the caller makes (the setup and the identical replay): no tally. */
    Answer sendUncounted(Attack attack) {
        return wire.send(attack);
    }

    private List<Answer> sendTogether(List<Attack> batch) {
        List<Future<Answer>> pending = new ArrayList<>();
        for (Attack attack : batch) {
            pending.add(parallel.submit(() -> wire.send(attack)));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : pending) {
            try {
                answers.add(answer.get());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return answers;
    }

    /** Checks one answer and counts it (the first time); true when it was a refusal. */
    private boolean judge(Attack attack, Answer answer, boolean count) {
        boolean refused = isRefusal(attack, answer);
        if (attack.category.readsTheBody() && attack.actorCredentials) {
            reached.merge(attack.op.label() + " as " + attack.actor, !isTurnedAway(attack, answer), Boolean::logicalOr);
        }
        if (count) {
            Tally tally = tallies.computeIfAbsent(attack.category, c -> new Tally());
            tally.sent++;
            tally.statuses.merge(answer.status(), 1, Integer::sum);
            if (refused) {
                tally.refused++;
            } else {
                tally.accepted++;
            }
        }
        if (answer.status() < 0) {
            fail(attack, "no answer: " + answer.body());
        } else if (answer.isServerError()) {
            fail(attack, "answered " + answer.status());
        } else if (attack.expect == Expect.REFUSED && !refused) {
            fail(attack, "should be refused with a 4xx, answered " + answer.status() + " " + where(answer));
        } else if (attack.expect == Expect.NOT_FOUND && answer.status() != 404) {
            fail(attack, "should be 404 as a record that does not exist, answered " + answer.status());
        }
        String body = answer.body().toLowerCase();
        if (!isOwnRecord(attack, answer, refused)) {
            if (body.contains("<" + attack.marker)) {
                fail(attack, "answered " + answer.status() + " with the submitted text unescaped in it");
            } else if ((isFormShownAgain(attack, answer) ? outsideFormFields(body) : body).contains(attack.marker)) {
                fail(attack, "answered " + answer.status() + " quoting the submitted text back");
            }
        }
        return refused;
    }

    /**
     * An accepted API request is answered with the record it made or changed, which holds what its author wrote (a
     * message's text): that is the API's answer to its own author, not an echo. Everything else (every refusal, every
     * page) must not quote what was sent.
     */
    private static boolean isOwnRecord(Attack attack, Answer answer, boolean refused) {
        return !refused && attack.op.isApi() && answer.status() >= 200 && answer.status() < 300;
    }

    /**
     * A page's form refused for what was typed (422) is shown again with the person's own answers in its fields, as
     * GOV.UK pages must (nobody should lose a long account to a mistake): that is the one place submitted text may
     * come back, escaped, and only inside the form's fields, to the session that posted it with its own token.
     */
    private static boolean isFormShownAgain(Attack attack, Answer answer) {
        return !attack.op.isApi() && attack.actorCredentials && answer.status() == 422;
    }

    private static String outsideFormFields(String html) {
        return html.replaceAll("(?s)<textarea[^>]*>.*?</textarea>", "").replaceAll("value=\"[^\"]*\"", "");
    }

    /**
     * Turned away before the body was read: no sign-in or the wrong role (the API's 401 and 403), the CSRF check or the
     * role on a page (403), or a page's way to sign in. (A page's 401 is an answer to what was typed: a wrong code.)
     */
    private static boolean isTurnedAway(Attack attack, Answer answer) {
        return answer.status() == 403 || attack.op.isApi() && answer.status() == 401
                || isRefusal(attack, answer) && !answer.isClientError();
    }

    /** The operations and roles none of whose malformed bodies got further than the door. */
    List<String> neverReached() {
        return reached.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    private static boolean isRefusal(Attack attack, Answer answer) {
        return answer.isClientError() || !attack.op.isApi() && answer.status() >= 300 && answer.status() < 400
                && answer.location() != null && SIGN_IN.stream().anyMatch(answer.location()::contains);
    }

    private void checkNothingStored(Map<String, Long> before, Map<String, Long> after, String what) {
        String grown = TableCounts.grown(before, after);
        if (!grown.isEmpty()) {
            failures.add("rows stored by refused requests (" + grown + "): " + what);
        }
    }

    private void fail(Attack attack, String why) {
        failures.add(why + ": " + attack);
    }

    private static String where(Answer answer) {
        return answer.location() == null ? "" : "to " + answer.location();
    }

    List<String> failures() {
        return failures;
    }

    /** Adds a failure the caller found (a replay that stored rows, a marker in the log). */
    void failure(String failure) {
        failures.add(failure);
    }

    int total() {
        return tallies.values().stream().mapToInt(t -> t.sent).sum();
    }

    /** The counts per category, as printed in the test's output. */
    String report() {
        StringBuilder report = new StringBuilder(String.format("%-54s %6s %8s %9s %7s  %s%n",
                "Bad-input suite: category", "sent", "refused", "accepted", "seconds", "statuses"));
        for (Map.Entry<Category, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            report.append(String.format("%-54s %6d %8d %9d %7.1f  %s%n", entry.getKey().title, tally.sent,
                    tally.refused, tally.accepted, tally.nanos / 1e9, tally.statuses));
        }
        report.append(String.format("%-54s %6d%n", "total", total()));
        report.append(String.format("(refusals of partly accepted batches sent again one at a time: %d)%n", sentAgain));
        return report.toString();
    }

    void close() {
        parallel.shutdownNow();
    }
}
