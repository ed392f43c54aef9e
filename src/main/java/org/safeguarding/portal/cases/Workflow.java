package org.safeguarding.portal.cases;

import static org.safeguarding.portal.cases.CaseStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case workflow of product.md as a table: which status may follow which, and the guards a move must pass. Pure
 * (no database), so every pair can be tested; {@link SurvivorCase#moveTo} applies a move this class allowed.
 */
public final class Workflow {

    /** The main line, in order; a move to an earlier one is a backwards move and needs a reason. */
    static final List<CaseStatus> MAIN_LINE = List.of(SUBMITTED, ACKNOWLEDGED, SCREENING, ASSIGNED, NEEDS_ASSESSMENT,
            SUPPORT_PLAN, ACTIVE, REVIEW, CLOSURE_PROPOSED, CLOSED);

    /** Side states a caseworker may put a case in (the survivor's own pause is not theirs to set or lift). */
    private static final Set<CaseStatus> CASEWORKER_SIDE_STATES = EnumSet.of(DO_NOT_CONTACT, ESCALATED);

    private static final Map<CaseStatus, Set<CaseStatus>> MAIN_MOVES = new EnumMap<>(CaseStatus.class);

    static {
        MAIN_MOVES.put(SUBMITTED, EnumSet.of(ACKNOWLEDGED));
        MAIN_MOVES.put(ACKNOWLEDGED, EnumSet.of(SCREENING));
        MAIN_MOVES.put(SCREENING, EnumSet.of(ASSIGNED));
        MAIN_MOVES.put(ASSIGNED, EnumSet.of(NEEDS_ASSESSMENT, SCREENING));
        MAIN_MOVES.put(NEEDS_ASSESSMENT, EnumSet.of(SUPPORT_PLAN, SCREENING, ASSIGNED));
        MAIN_MOVES.put(SUPPORT_PLAN, EnumSet.of(ACTIVE, SCREENING, ASSIGNED, NEEDS_ASSESSMENT));
        MAIN_MOVES.put(ACTIVE, EnumSet.of(REVIEW, SCREENING, ASSIGNED, NEEDS_ASSESSMENT, SUPPORT_PLAN));
        MAIN_MOVES.put(REVIEW, EnumSet.of(CLOSURE_PROPOSED, SCREENING, ASSIGNED, NEEDS_ASSESSMENT, SUPPORT_PLAN,
                ACTIVE));
        // A proposal the second caseworker does not sign off goes back, with their reason.
        MAIN_MOVES.put(CLOSURE_PROPOSED, EnumSet.of(CLOSED, ACTIVE, REVIEW));
        MAIN_MOVES.put(CLOSED, EnumSet.of(REOPENED));
        // Reopening picks the work up where it is needed; nothing the survivor told us is asked again.
        MAIN_MOVES.put(REOPENED, EnumSet.of(SCREENING, ASSIGNED, NEEDS_ASSESSMENT, SUPPORT_PLAN, ACTIVE));
    }

    private Workflow() {
    }

    /**
     * The decisions on a proposed closure: signing it off, or declining it back to the work. The second caseworker's
     * review covers these moves and no other (side states such as do-not-contact are not theirs to set).
     */
    public static Set<CaseStatus> closureDecisions() {
        return Set.copyOf(MAIN_MOVES.get(CLOSURE_PROPOSED));
    }

    /** What the workflow needs to know about a case to decide a move. */
    public record State(CaseStatus status, CaseStatus sideReturn, boolean screened, boolean assigned,
            boolean childAtRisk, boolean mashOutcomeRecorded, String closureProposedBy) {
    }

    /**
     * A caseworker's requested move: where to, who asks, and whether they gave a reason, words for the survivor and
     * (proposing closure) why the case closes.
     */
    public record Move(CaseStatus to, String bySubject, boolean hasReason, boolean hasSurvivorReasons,
            boolean hasClosureReason) {
    }

    /** Why a move is refused: conflicts with the case's state (409), or something the caseworker must add (422). */
    public enum Refusal {
        NOT_ALLOWED(409),
        PAUSED_BY_SURVIVOR(409),
        WITHDRAWN_BY_SURVIVOR(409),
        /** The survivor's erasure request left the case restricted: stored, not worked on. */
        RESTRICTED(409),
        NEEDS_SCREENING(409),
        NEEDS_ASSIGNEE(409),
        MASH_OUTCOME_NEEDED(409),
        SAME_PERSON_SIGN_OFF(409),
        REASON_REQUIRED(422),
        SURVIVOR_REASONS_REQUIRED(422),
        CLOSURE_REASON_REQUIRED(422);

        public final int httpStatus;

        Refusal(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public String messageKey() {
            return "workflow_refused_" + name();
        }
    }

    /** The statuses a caseworker may move a case in this state to, before the guards. */
    public static Set<CaseStatus> targets(State state) {
        CaseStatus from = state.status();
        if (from == PAUSED_BY_SURVIVOR || from == WITHDRAWN) {
            return EnumSet.noneOf(CaseStatus.class);
        }
        Set<CaseStatus> targets = EnumSet.noneOf(CaseStatus.class);
        if (from.isSideState()) {
            targets.add(state.sideReturn());
            targets.addAll(CASEWORKER_SIDE_STATES);
            targets.remove(from);
            return targets;
        }
        targets.addAll(MAIN_MOVES.get(from));
        if (from != CLOSED) {
            targets.addAll(CASEWORKER_SIDE_STATES);
        }
        return targets;
    }

    /** Whether the move needs the caseworker's reason: backwards, reopening, or setting a case aside. */
    public static boolean needsReason(CaseStatus from, CaseStatus to) {
        if (to == REOPENED || CASEWORKER_SIDE_STATES.contains(to) && !from.isSideState()) {
            return true;
        }
        if (from.isSideState() && to.isSideState()) {
            return true;
        }
        return MAIN_LINE.contains(from) && MAIN_LINE.contains(to) && MAIN_LINE.indexOf(to) < MAIN_LINE.indexOf(from);
    }

    /** Empty if the move may happen; otherwise the first reason it may not. */
    public static Optional<Refusal> check(State state, Move move) {
        if (state.status() == PAUSED_BY_SURVIVOR) {
            return Optional.of(Refusal.PAUSED_BY_SURVIVOR);
        }
        // The survivor said the hub should no longer act: only their asking again reopens it (CaseService).
        if (state.status() == WITHDRAWN) {
            return Optional.of(Refusal.WITHDRAWN_BY_SURVIVOR);
        }
        if (!targets(state).contains(move.to())) {
            return Optional.of(Refusal.NOT_ALLOWED);
        }
        if (needsReason(state.status(), move.to()) && !move.hasReason()) {
            return Optional.of(Refusal.REASON_REQUIRED);
        }
        CaseStatus to = move.to();
        if (MAIN_LINE.contains(to) && MAIN_LINE.indexOf(to) >= MAIN_LINE.indexOf(ASSIGNED)) {
            if (!state.screened()) {
                return Optional.of(Refusal.NEEDS_SCREENING);
            }
            if (!state.assigned()) {
                return Optional.of(Refusal.NEEDS_ASSIGNEE);
            }
        }
        if ((to == CLOSURE_PROPOSED || to == CLOSED) && state.childAtRisk() && !state.mashOutcomeRecorded()) {
            return Optional.of(Refusal.MASH_OUTCOME_NEEDED);
        }
        if (to == CLOSURE_PROPOSED && !state.status().isSideState() && !move.hasSurvivorReasons()) {
            return Optional.of(Refusal.SURVIVOR_REASONS_REQUIRED);
        }
        if (to == CLOSURE_PROPOSED && !state.status().isSideState() && !move.hasClosureReason()) {
            return Optional.of(Refusal.CLOSURE_REASON_REQUIRED);
        }
        if (to == CLOSED && move.bySubject().equals(state.closureProposedBy())) {
            return Optional.of(Refusal.SAME_PERSON_SIGN_OFF);
        }
        return Optional.empty();
    }
}
