package org.safeguarding.portal.charter;

import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.screening.ScreeningService;

import org.safeguarding.portal.cases.events.Milestone;

import org.safeguarding.portal.core.WorkingCalendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.charter.CharterDefinition.Commitment;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * The charter's promises on each case, moved by what happens on the case. The case services call {@link #record}
 * with the events of each change, inside that change's transaction: a promise starts when its starting event
 * happens, is met when its meeting event happens, and a promise due "at the event" that was not met with it is
 * missed there and then. The survivor's pause stops every clock with its time left; {@link CharterClock} marks
 * overdue promises missed.
 */
@ApplicationScoped
public class CharterService {

    /** The queue's "no deadline running" (PostgreSQL's timestamptz reaches it; Java's Instant does too). */
    public static final int MAX_WAIVER_REASON = 1_000;

    private final EntityManager em;
    private final CaseService cases;
    private final ScreeningService screenings;
    private final CharterCatalogue catalogue;
    private final WorkingCalendar calendar;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final Clock clock;

    CharterService(EntityManager em, CharterCatalogue catalogue, WorkingCalendar calendar, FieldCipher cipher,
            AuditService audit, CaseService cases, ScreeningService screenings, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.cases = cases;
        this.screenings = screenings;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * A case was opened: it runs under the version in force that day, and its first promises start. What {@link #record}
     * reads back of a case is known for one just opened (no promises yet, not paused, not screened, no contact interval
     * agreed), so nothing is read: the promises are added and the case's charter version and deadlines written in one
     * statement (issue 18: the opening's reads were a tenth of a submission's work). {@code CaseOpeningTest} holds it to
     * what the general path computes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(UUID caseId, Actor survivor, Instant at) {
        CharterDefinition charter = catalogue.versionFor(at);
        List<CommitmentInstance> started = apply(caseId, charter, List.of(), false, DueFacts.NEW_CASE, survivor,
                EnumSet.of(Milestone.SUBMITTED, Milestone.ACCOUNT_RECORDED), at, null);
        boolean breachOpen = started.stream().anyMatch(i -> i.status == CommitmentStatus.MISSED && i.metAt == null);
        Instant nextDue = started.stream().filter(i -> i.status == CommitmentStatus.PENDING).map(i -> i.dueAt)
                .min(Instant::compareTo).orElse(SurvivorCase.NO_DEADLINE);
        cases.openedUnderCharter(caseId, charter.version(), breachOpen, nextDue);
    }

    /** Events of one change on a case, by whoever made it, at one moment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID caseId, Actor actor, Set<Milestone> events, Instant at) {
        record(caseId, actor, events, at, null);
    }

    /**
     * Events about one thing on the case (a complaint, a records request): a repeating promise started by them is
     * tied to that thing, and only the answer to that thing keeps it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID caseId, Actor actor, Set<Milestone> events, Instant at, UUID about) {
        Optional<CharterDefinition> charter = charterOf(caseId);
        if (charter.isEmpty() || events.isEmpty()) {
            return;
        }
        apply(caseId, charter.get(), instancesOf(caseId), isPaused(caseId), dueFactsOf(caseId), actor, events, at,
                about);
        em.flush();
        refreshCase(caseId);
    }

    /**
     * The charter's rules for one change: promises met by its events are kept (late ones escalated), renewed, restarted
     * or started. Returns the promises it started; the caller refreshes the case's deadlines.
     */
    private List<CommitmentInstance> apply(UUID caseId, CharterDefinition charter, List<CommitmentInstance> existing,
            boolean paused, DueFacts facts, Actor actor, Set<Milestone> events, Instant at, UUID about) {
        List<CommitmentInstance> started = new ArrayList<>();
        for (Commitment commitment : charter.commitments()) {
            boolean begun = existing.stream().anyMatch(i -> i.commitmentId.equals(commitment.id()));
            boolean metOne = false;
            if (events.contains(commitment.metBy())) {
                for (CommitmentInstance open : existing) {
                    // A repeating promise (one per complaint, per request, per decision) is met one at a time,
                    // oldest first: one answer never keeps two promises.
                    if (commitment.repeats() && metOne) {
                        break;
                    }
                    boolean sameThing = about == null || open.aboutId == null || about.equals(open.aboutId);
                    if (open.commitmentId.equals(commitment.id()) && isOpen(open) && sameThing) {
                        metOne = true;
                        if (open.status == CommitmentStatus.PAUSED) {
                            // Kept while the survivor's pause holds: it counts, from the time it had left.
                            open.resume(at);
                        }
                        boolean late = open.status == CommitmentStatus.MISSED || !at.isBefore(open.dueAt);
                        if (late) {
                            // Overdue, whether or not the clock's last run noticed: a breach all the same.
                            open.doneLate(commitment.metBy(), actor.subject(), actor.role(), at);
                            escalate(caseId, open.id, at);
                        } else {
                            open.meet(commitment.metBy(), actor.subject(), actor.role(), at);
                        }
                    }
                }
                // Renewed only from a promise this change just kept: never after the survivor waived it.
                if (commitment.renews() && metOne) {
                    started.add(start(caseId, charter, commitment, commitment.metBy(), at, events, actor, paused,
                            null, facts));
                }
            }
            boolean restart = events.contains(Milestone.REOPENED) && commitment.renews() && begun
                    && existing.stream().noneMatch(i -> i.commitmentId.equals(commitment.id()) && isOpen(i));
            if (restart) {
                started.add(start(caseId, charter, commitment, Milestone.REOPENED, at, events, actor, paused, null,
                        facts));
            }
            if (events.contains(commitment.startsOn()) && (commitment.repeats() || !begun)) {
                started.add(start(caseId, charter, commitment, commitment.startsOn(), at, events, actor, paused,
                        commitment.repeats() ? about : null, facts));
            }
        }
        return started;
    }

    /**
     * The case closed: promises still running are no longer owed (ENDED, left out of the board's rates); the clock
     * will not escalate a closed case. A missed promise stays missed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseClosed(UUID caseId, Instant at) {
        for (CommitmentInstance instance : instancesOf(caseId)) {
            if (instance.status == CommitmentStatus.PENDING || instance.status == CommitmentStatus.PAUSED) {
                instance.status = CommitmentStatus.ENDED;
                instance.endedAt = at;
            }
        }
        em.flush();
        refreshCase(caseId);
    }

    /** The survivor paused the case: every running clock stops with the time it had left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paused(UUID caseId, Instant at) {
        instancesOf(caseId).stream().filter(i -> i.status == CommitmentStatus.PENDING).forEach(i -> i.pause(at));
        em.flush();
        refreshCase(caseId);
    }

    /** The survivor carried on: each paused clock runs again with the time it had left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resumed(UUID caseId, Instant at) {
        instancesOf(caseId).stream().filter(i -> i.status == CommitmentStatus.PAUSED).forEach(i -> i.resume(at));
        em.flush();
        refreshCase(caseId);
    }

    /**
     * The survivor waives a promise they do not want, with their reason (encrypted). Only a waivable promise that
     * is still running: anything else is 409. Empty (404) unless the promise is on a case they own.
     */
    @Transactional
    public Optional<CommitmentView> waive(Actor survivor, UUID caseId, UUID instanceId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationProblem(List.of(new FieldError("reason", "error_waiver_reason_required")));
        }
        if (reason.length() > MAX_WAIVER_REASON) {
            throw new ValidationProblem(List.of(new FieldError("reason", "error_reason_too_long")));
        }
        // Ownership first, in casework's query: a promise on someone else's case is not found (404).
        return cases.findOwnedBy(caseId, survivor.subject()).flatMap(owned -> em.createQuery(
                "from CommitmentInstance i where i.id = ?1 and i.caseId = ?2", CommitmentInstance.class)
                .setParameter(1, instanceId).setParameter(2, caseId).getResultStream().findFirst())
                .map(instance -> {
                    Commitment commitment = catalogue.version(instance.charterVersion).commitment(instance.commitmentId)
                            .orElseThrow();
                    if (!commitment.waivable()) {
                        throw new Refused(409, "commitment_not_waivable");
                    }
                    if (instance.status != CommitmentStatus.PENDING && instance.status != CommitmentStatus.PAUSED) {
                        throw new Refused(409, "commitment_not_running");
                    }
                    instance.status = CommitmentStatus.WAIVED;
                    instance.waivedAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                    instance.waiverReasonCiphertext = cipher.encrypt(reason.strip(), waiverContext(instance.id));
                    audit.record(survivor, AuditAction.WAIVE_COMMITMENT, "case", caseId, instance.commitmentId);
                    em.flush();
                    refreshCase(caseId);
                    return viewOf(instance, commitment);
                });
    }

    /** The promises on a case, in charter order then oldest first, for a reader who already opened the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CommitmentView> commitmentsOf(UUID caseId) {
        Optional<CharterDefinition> charter = charterOf(caseId);
        if (charter.isEmpty()) {
            return List.of();
        }
        List<CommitmentInstance> instances = instancesOf(caseId);
        return charter.get().commitments().stream().flatMap(c -> instances.stream()
                .filter(i -> i.commitmentId.equals(c.id())).map(i -> viewOf(i, c))).toList();
    }

    private CommitmentInstance start(UUID caseId, CharterDefinition charter, Commitment commitment, Milestone by,
            Instant at, Set<Milestone> events, Actor actor, boolean casePaused, UUID about, DueFacts facts) {
        CommitmentInstance instance = new CommitmentInstance();
        instance.id = UUID.randomUUID();
        instance.caseId = caseId;
        instance.charterVersion = charter.version();
        instance.commitmentId = commitment.id();
        instance.startedAt = at;
        instance.startedByEvent = by;
        instance.aboutId = about;
        instance.status = CommitmentStatus.PENDING;
        instance.dueAt = dueAt(commitment, facts, at);
        boolean renewal = commitment.renews() && by == commitment.metBy();
        if (!renewal && events.contains(commitment.metBy())) {
            instance.meet(commitment.metBy(), actor.subject(), actor.role(), at);
        } else if (commitment.due().rule() == DueRule.AT_EVENT) {
            // Due at the event and not met with it: missed there and then, and escalated like any breach.
            instance.status = CommitmentStatus.MISSED;
            instance.missedAt = at;
        }
        if (casePaused && instance.status == CommitmentStatus.PENDING) {
            // Started while the survivor has paused the case: its clock waits for them too.
            instance.pause(at);
        }
        em.persist(instance);
        if (instance.status == CommitmentStatus.MISSED) {
            escalate(caseId, instance.id, at);
        }
        return instance;
    }

    /** One escalation row per breach, whoever finds it first (the clock, or a late event). */
    private void escalate(UUID caseId, UUID instanceId, Instant at) {
        em.flush();
        em.createNativeQuery("insert into charter_escalation (id, commitment_instance_id, case_id, escalated_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (commitment_instance_id) do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, instanceId).setParameter(3, caseId)
                .setParameter(4, at).executeUpdate();
    }

    /**
     * What a promise's due date depends on besides the charter, read only when a promise needs it: whether the
     * screening gave the survivor enhanced rights, and the contact interval agreed with them.
     */
    private record DueFacts(BooleanSupplier enhancedRights, Supplier<Optional<Integer>> agreedContactDays) {
        /** A case just opened: not screened, no interval agreed. */
        static final DueFacts NEW_CASE = new DueFacts(() -> false, Optional::empty);
    }

    private DueFacts dueFactsOf(UUID caseId) {
        return new DueFacts(() -> hasEnhancedRights(caseId), () -> agreedContactDays(caseId));
    }

    private Instant dueAt(Commitment commitment, DueFacts facts, Instant at) {
        CharterDefinition.Due due = commitment.due();
        int amount = due.enhancedRightsAmount() != null && facts.enhancedRights().getAsBoolean() ? due.enhancedRightsAmount()
                : due.amount() == null ? 0 : due.amount();
        if (due.agreedFrequency()) {
            amount = facts.agreedContactDays().get().map(Integer::intValue).filter(days -> days < due.amount())
                    .orElse(amount);
        }
        return switch (due.rule()) {
            case WORKING_DAYS -> calendar.addWorkingDays(at, amount);
            case CALENDAR_DAYS -> calendar.addCalendarDays(at, amount);
            case CALENDAR_MONTHS -> calendar.addCalendarMonths(at, amount);
            case AT_EVENT -> at;
        };
    }

    /**
     * The contact interval agreed with the survivor changed: running promises that follow it are re-timed from their
     * start (so a shorter interval can make one due sooner, never later than the charter's limit).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agreedFrequencyChanged(UUID caseId) {
        Optional<CharterDefinition> charter = charterOf(caseId);
        if (charter.isEmpty()) {
            return;
        }
        DueFacts facts = dueFactsOf(caseId);
        for (CommitmentInstance instance : instancesOf(caseId)) {
            Commitment commitment = charter.get().commitment(instance.commitmentId).orElseThrow();
            if (instance.status == CommitmentStatus.PENDING && commitment.due().agreedFrequency()) {
                instance.dueAt = dueAt(commitment, facts, instance.startedAt);
            }
        }
        em.flush();
        refreshCase(caseId);
    }

    private Optional<Integer> agreedContactDays(UUID caseId) {
        return cases.agreedContactDays(caseId);
    }

    /**
     * The queue's view of one case, kept by casework from what the charter knows: whether a missed promise is not yet
     * done, and the nearest running deadline.
     */
    void refreshCase(UUID caseId) {
        refreshCases("i.case_id = ?1", caseId);
    }

    /** The cases the clock escalated at this moment, read in one statement however many there are. */
    void refreshCasesEscalatedAt(Instant at) {
        refreshCases("i.case_id in (select e.case_id from charter_escalation e where e.escalated_at = ?1)", at);
    }

    private void refreshCases(String which, Object parameter) {
        List<?> rows = em.createNativeQuery("select i.case_id, bool_or(i.status = 'MISSED' and i.met_at is null), "
                + "min(i.due_at) filter (where i.status = 'PENDING') from commitment_instance i where " + which
                + " group by i.case_id").setParameter(1, parameter).getResultList();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            Instant nextDue = values[2] == null ? SurvivorCase.NO_DEADLINE : toInstant(values[2]);
            cases.deadlinesChanged((UUID) values[0], Boolean.TRUE.equals(values[1]), nextDue);
        }
    }

    /** A timestamptz from a native query: the JDBC driver and Hibernate version decide its Java type. */
    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private boolean isOpen(CommitmentInstance instance) {
        return instance.status == CommitmentStatus.PENDING || instance.status == CommitmentStatus.PAUSED
                || instance.status == CommitmentStatus.MISSED && instance.metAt == null;
    }

    private boolean isPaused(UUID caseId) {
        return cases.isPaused(caseId);
    }

    private Optional<CharterDefinition> charterOf(UUID caseId) {
        return cases.charterVersionOf(caseId).map(catalogue::version);
    }

    private boolean hasEnhancedRights(UUID caseId) {
        return screenings.hasEnhancedRights(caseId);
    }

    private List<CommitmentInstance> instancesOf(UUID caseId) {
        return em.createQuery("from CommitmentInstance i where i.caseId = ?1 order by i.startedAt, i.id",
                CommitmentInstance.class).setParameter(1, caseId).getResultList();
    }

    private CommitmentView viewOf(CommitmentInstance i, Commitment c) {
        return new CommitmentView(i.id, i.commitmentId, c.text(), i.status, i.startedAt, i.dueAt, i.metAt,
                i.metByEvent, i.metByRole, i.missedAt, i.waivedAt, i.waiverReasonCiphertext == null ? null
                        : cipher.decrypt(i.waiverReasonCiphertext, waiverContext(i.id)), c.waivable());
    }

    private static FieldContext waiverContext(UUID instanceId) {
        return new FieldContext(CommitmentInstance.TABLE, CommitmentInstance.WAIVER_COLUMN, instanceId);
    }
}
