package org.safeguarding.portal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safeguarding.portal.cases.CaseStatus.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.safeguarding.portal.cases.Workflow.Move;
import org.safeguarding.portal.cases.Workflow.Refusal;
import org.safeguarding.portal.cases.Workflow.State;

/**
 * Every pair of statuses, allowed or refused, against a table written out here independently of {@link Workflow}:
 * if the workflow's table drifts from product.md, one of these rows fails.
 */
class WorkflowTest {

    /** Where a caseworker may move a case from each status (side states return to ACTIVE in these rows). */
    private static final Map<CaseStatus, Set<CaseStatus>> EXPECTED = Map.ofEntries(
            Map.entry(SUBMITTED, EnumSet.of(ACKNOWLEDGED, DO_NOT_CONTACT, ESCALATED)),
            Map.entry(ACKNOWLEDGED, EnumSet.of(SCREENING, DO_NOT_CONTACT, ESCALATED)),
            Map.entry(SCREENING, EnumSet.of(ASSIGNED, DO_NOT_CONTACT, ESCALATED)),
            Map.entry(ASSIGNED, EnumSet.of(NEEDS_ASSESSMENT, SCREENING, DO_NOT_CONTACT, ESCALATED)),
            Map.entry(NEEDS_ASSESSMENT, EnumSet.of(SUPPORT_PLAN, SCREENING, ASSIGNED, DO_NOT_CONTACT, ESCALATED)),
            Map.entry(SUPPORT_PLAN, EnumSet.of(ACTIVE, SCREENING, ASSIGNED, NEEDS_ASSESSMENT, DO_NOT_CONTACT,
                    ESCALATED)),
            Map.entry(ACTIVE, EnumSet.of(REVIEW, SCREENING, ASSIGNED, NEEDS_ASSESSMENT, SUPPORT_PLAN, DO_NOT_CONTACT,
                    ESCALATED)),
            Map.entry(REVIEW, EnumSet.of(CLOSURE_PROPOSED, SCREENING, ASSIGNED, NEEDS_ASSESSMENT, SUPPORT_PLAN, ACTIVE,
                    DO_NOT_CONTACT, ESCALATED)),
            Map.entry(CLOSURE_PROPOSED, EnumSet.of(CLOSED, ACTIVE, REVIEW, DO_NOT_CONTACT, ESCALATED)),
            Map.entry(CLOSED, EnumSet.of(REOPENED)),
            Map.entry(REOPENED, EnumSet.of(SCREENING, ASSIGNED, NEEDS_ASSESSMENT, SUPPORT_PLAN, ACTIVE, DO_NOT_CONTACT,
                    ESCALATED)),
            Map.entry(PAUSED_BY_SURVIVOR, EnumSet.noneOf(CaseStatus.class)),
            Map.entry(DO_NOT_CONTACT, EnumSet.of(ACTIVE, ESCALATED)),
            Map.entry(ESCALATED, EnumSet.of(ACTIVE, DO_NOT_CONTACT)),
            // Withdrawn by the survivor: no caseworker moves it; only the survivor's asking again reopens it.
            Map.entry(WITHDRAWN, EnumSet.noneOf(CaseStatus.class)));

    /** Moves that need the caseworker's reason (backwards, reopening, setting aside). */
    private static boolean expectReason(CaseStatus from, CaseStatus to) {
        List<CaseStatus> line = List.of(SUBMITTED, ACKNOWLEDGED, SCREENING, ASSIGNED, NEEDS_ASSESSMENT, SUPPORT_PLAN,
                ACTIVE, REVIEW, CLOSURE_PROPOSED, CLOSED);
        if (to == REOPENED || (to == DO_NOT_CONTACT || to == ESCALATED)) {
            return true;
        }
        return line.contains(from) && line.contains(to) && line.indexOf(to) < line.indexOf(from);
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    /** A case past every guard: screened, assigned, no child at risk, closure proposed by someone else. */
    private static State readyState(CaseStatus status) {
        return new State(status, status.isSideState() ? ACTIVE : null, true, true, false, false, "colleague");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyTransitionIsAllowedOrRefusedAsTheTableSays(CaseStatus from, CaseStatus to) {
        Optional<Refusal> withReasons = Workflow.check(readyState(from), new Move(to, "me", true, true, true));
        if (from == PAUSED_BY_SURVIVOR) {
            assertEquals(Optional.of(Refusal.PAUSED_BY_SURVIVOR), withReasons);
        } else if (from == WITHDRAWN) {
            assertEquals(Optional.of(Refusal.WITHDRAWN_BY_SURVIVOR), withReasons);
        } else if (EXPECTED.get(from).contains(to)) {
            assertEquals(Optional.empty(), withReasons);
            Optional<Refusal> withoutReason = Workflow.check(readyState(from), new Move(to, "me", false, true, true));
            assertEquals(expectReason(from, to) ? Optional.of(Refusal.REASON_REQUIRED) : Optional.empty(),
                    withoutReason);
        } else {
            assertEquals(Optional.of(Refusal.NOT_ALLOWED), withReasons);
        }
    }

    @Test
    void closureNeedsASecondCaseworkersSignOff() {
        State proposedByMe = new State(CLOSURE_PROPOSED, null, true, true, false, false, "me");
        assertEquals(Optional.of(Refusal.SAME_PERSON_SIGN_OFF),
                Workflow.check(proposedByMe, new Move(CLOSED, "me", true, true, true)));
        assertEquals(Optional.empty(),
                Workflow.check(proposedByMe, new Move(CLOSED, "colleague", false, false, false)));
    }

    @Test
    void aChildAtRiskCaseCannotCloseUntilTheMashHasAnswered() {
        State review = new State(REVIEW, null, true, true, true, false, null);
        assertEquals(Optional.of(Refusal.MASH_OUTCOME_NEEDED),
                Workflow.check(review, new Move(CLOSURE_PROPOSED, "me", true, true, true)));
        State proposed = new State(CLOSURE_PROPOSED, null, true, true, true, false, "colleague");
        assertEquals(Optional.of(Refusal.MASH_OUTCOME_NEEDED),
                Workflow.check(proposed, new Move(CLOSED, "me", true, true, true)));
        State answered = new State(CLOSURE_PROPOSED, null, true, true, true, true, "colleague");
        assertEquals(Optional.empty(), Workflow.check(answered, new Move(CLOSED, "me", false, false, false)));
    }

    @Test
    void proposingClosureNeedsWrittenReasonsForTheSurvivor() {
        State review = new State(REVIEW, null, true, true, false, false, null);
        assertEquals(Optional.of(Refusal.SURVIVOR_REASONS_REQUIRED),
                Workflow.check(review, new Move(CLOSURE_PROPOSED, "me", true, false, false)));
        // Back from a side state, the proposal already has them.
        State escalated = new State(ESCALATED, CLOSURE_PROPOSED, true, true, false, false, "me");
        assertEquals(Optional.empty(),
                Workflow.check(escalated, new Move(CLOSURE_PROPOSED, "me", false, false, false)));
    }

    @Test
    void proposingClosureNeedsAClosureReason() {
        State review = new State(REVIEW, null, true, true, false, false, null);
        assertEquals(Optional.of(Refusal.CLOSURE_REASON_REQUIRED),
                Workflow.check(review, new Move(CLOSURE_PROPOSED, "me", true, true, false)));
        assertEquals(422, Refusal.CLOSURE_REASON_REQUIRED.httpStatus);
        // Back from a side state the proposal keeps its reason; signing off needs none.
        State escalated = new State(ESCALATED, CLOSURE_PROPOSED, true, true, false, false, "me");
        assertEquals(Optional.empty(),
                Workflow.check(escalated, new Move(CLOSURE_PROPOSED, "me", false, false, false)));
        State proposed = new State(CLOSURE_PROPOSED, null, true, true, false, false, "colleague");
        assertEquals(Optional.empty(), Workflow.check(proposed, new Move(CLOSED, "me", false, false, false)));
    }

    @Test
    void assignmentNeedsAScreeningAndANamedWorker() {
        assertEquals(Optional.of(Refusal.NEEDS_SCREENING), Workflow.check(
                new State(SCREENING, null, false, true, false, false, null),
                new Move(ASSIGNED, "me", false, false, false)));
        assertEquals(Optional.of(Refusal.NEEDS_ASSIGNEE), Workflow.check(
                new State(SCREENING, null, true, false, false, false, null),
                new Move(ASSIGNED, "me", false, false, false)));
    }

    @Test
    void aSideStateReturnsToWhereTheCaseWas() {
        SurvivorCase c = SurvivorCase.submitted("owner", "ABC", java.time.Instant.now(), false);
        c.moveTo(ACKNOWLEDGED, "me", null);
        c.moveTo(ESCALATED, "me", null);
        assertEquals(EnumSet.of(ACKNOWLEDGED, DO_NOT_CONTACT), Workflow.targets(c.workflowState(false, false)));
        c.moveTo(DO_NOT_CONTACT, "me", null);
        c.moveTo(ACKNOWLEDGED, "me", null);
        assertEquals(ACKNOWLEDGED, c.status);
        assertEquals(null, c.sideReturn);
    }

    @Test
    void theClosureReasonIsSetByTheProposalKeptToTheCloseAndClearedByAReopen() {
        SurvivorCase c = SurvivorCase.submitted("owner", "ABC", java.time.Instant.now(), false);
        c.status = REVIEW;
        c.moveTo(CLOSURE_PROPOSED, "me", ClosureReason.SUPPORT_COMPLETED);
        assertEquals(ClosureReason.SUPPORT_COMPLETED, c.closureReason);
        c.moveTo(ESCALATED, "me", null);
        c.moveTo(CLOSURE_PROPOSED, "me", null);
        assertEquals(ClosureReason.SUPPORT_COMPLETED, c.closureReason, "kept while set aside and back");
        c.moveTo(CLOSED, "colleague", null);
        assertEquals(ClosureReason.SUPPORT_COMPLETED, c.closureReason, "a closed case keeps why it closed");
        c.moveTo(REOPENED, "me", null);
        assertEquals(null, c.closureReason, "a reopened case is not closing");
    }
}
