package org.safeguarding.portal.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A survivor's case: what the hub works on and what the survivor follows. */
@Entity
@Table(name = "survivor_case")
public class SurvivorCase {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String reference;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    String ownerSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CaseStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    Instant openedAt;

    /** The status the survivor paused the case from; null unless paused. */
    @Enumerated(EnumType.STRING)
    @Column(name = "paused_from")
    CaseStatus pausedFrom;

    /** The caseworker working the case (their OIDC subject), and the first name the survivor is told. */
    @Column(name = "assignee_subject")
    String assigneeSubject;

    @Column(name = "assignee_name")
    String assigneeName;

    @Column(name = "assigned_at")
    Instant assignedAt;

    /** The main-line status a case held aside by the hub (do not contact, escalated) returns to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "side_return")
    CaseStatus sideReturn;

    /** The caseworker who proposed closure: someone else must sign it off. */
    @Column(name = "closure_proposed_by")
    String closureProposedBy;

    /** The written reasons for closing, for the survivor (encrypted; sent to them when the closure is signed off). */
    @Column(name = "closure_reasons_ciphertext")
    byte[] closureReasonsCiphertext;

    /** Why the case is to close, chosen with the proposal; null unless closure is proposed or the case closed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    ClosureReason closureReason;

    /** The risk level from the latest screening; null until screened. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk")
    RiskLevel risk;

    /** The queue's order (see {@link RiskLevel#queueRank}), kept beside the risk so the queue is one index scan. */
    @Column(name = "risk_rank", nullable = false)
    short riskRank;

    /** Screened as concerning a child at current risk: routes to the MASH, and cannot close until it answered. */
    @Column(name = "child_at_risk", nullable = false)
    boolean childAtRisk;

    /** Kept by the charter (charter.CharterService), read here for the queue's order: 0 while a breach is open. */
    @Column(name = "breach_rank", insertable = false, updatable = false)
    short breachRank;

    /** Stands for "no running deadline" in {@link #nextDueAt}, so the queue can order by the column alone. */
    public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

    /** The nearest running charter deadline, or {@link #NO_DEADLINE}. */
    @Column(name = "next_due_at", insertable = false, updatable = false)
    Instant nextDueAt;

    /** A missed charter promise on the case is not yet done: it leads the queue. */
    public boolean isEscalated() {
        return breachRank == 0;
    }

    /** How often, in days, the survivor agreed to hear from their worker (charter C5 follows it); null if not agreed. */
    @Column(name = "contact_every_days")
    Short contactEveryDays;

    /**
     * When a lead's decision on the survivor's erasure request restricted the case: kept (storage, legal claims) and
     * no longer worked on; null if not restricted.
     */
    @Column(name = "restricted_at")
    Instant restrictedAt;

    @Version
    long version;

    protected SurvivorCase() {
    }

    /** The survivor asks for a break. Returns the status it left, or null if it was already paused. */
    CaseStatus pauseBySurvivor() {
        if (status == CaseStatus.PAUSED_BY_SURVIVOR || status == CaseStatus.CLOSED || status == CaseStatus.WITHDRAWN) {
            return null;
        }
        pausedFrom = status;
        status = CaseStatus.PAUSED_BY_SURVIVOR;
        return pausedFrom;
    }

    /** The survivor is ready again: the case returns to where it was. Returns that status, or null if not paused. */
    CaseStatus resumeBySurvivor() {
        if (status != CaseStatus.PAUSED_BY_SURVIVOR) {
            return null;
        }
        status = pausedFrom;
        pausedFrom = null;
        return status;
    }

    /**
     * The survivor no longer wants the hub to act: the case is withdrawn from wherever it stood. Returns the status it
     * left, or null if it was already withdrawn or closed (nothing to withdraw from).
     */
    CaseStatus withdrawBySurvivor() {
        if (status == CaseStatus.WITHDRAWN || status == CaseStatus.CLOSED) {
            return null;
        }
        CaseStatus left = status;
        status = CaseStatus.WITHDRAWN;
        pausedFrom = null;
        sideReturn = null;
        // A proposal to close no longer stands: the case ended by the survivor's choice, not the hub's.
        closureProposedBy = null;
        closureReasonsCiphertext = null;
        closureReason = null;
        return left;
    }

    /** The survivor asks the hub to act again: the case reopens (nothing is retold). False if it was not withdrawn. */
    boolean askAgainBySurvivor() {
        if (status != CaseStatus.WITHDRAWN) {
            return false;
        }
        status = CaseStatus.REOPENED;
        return true;
    }

    /** Stored and kept, no longer worked on: the erasure decision's restriction. Once set, it stays. */
    void restrict(Instant at) {
        if (restrictedAt == null) {
            restrictedAt = at;
        }
    }

    public boolean isRestricted() {
        return restrictedAt != null;
    }

    /** A caseworker takes the case, or is given it; the survivor will see their name. */
    void assignTo(String subject, String name, Instant at) {
        assigneeSubject = subject;
        assigneeName = name;
        assignedAt = at;
    }

    /**
     * Applies a move {@link Workflow#check} allowed; returns the status the case left. {@code closureReason} is the
     * reason chosen when proposing closure (ignored otherwise).
     */
    CaseStatus moveTo(CaseStatus to, String bySubject, ClosureReason closureReason) {
        CaseStatus from = status;
        if (to.isSideState() && !from.isSideState()) {
            sideReturn = from;
        } else if (from.isSideState() && !to.isSideState()) {
            sideReturn = null;
        }
        if (to == CaseStatus.CLOSURE_PROPOSED && !from.isSideState()) {
            closureProposedBy = bySubject;
            this.closureReason = closureReason;
        } else if (!to.isSideState() && to != CaseStatus.CLOSURE_PROPOSED && to != CaseStatus.CLOSED) {
            // The proposal turned down, or the case reopened: the old reasons no longer stand.
            closureProposedBy = null;
            closureReasonsCiphertext = null;
            this.closureReason = null;
        }
        status = to;
        return from;
    }

    /** The facts the workflow decides on; screening and the MASH's answer come from their own tables. */
    Workflow.State workflowState(boolean screened, boolean mashOutcomeRecorded) {
        return new Workflow.State(status, sideReturn, screened, assigneeSubject != null, childAtRisk,
                mashOutcomeRecorded, closureProposedBy);
    }

    /** The latest screening's outcome, as the queue sorts and filters on it. */
    public void screened(RiskLevel level, boolean childAtCurrentRisk) {
        risk = level;
        riskRank = RiskLevel.queueRank(level, false);
        childAtRisk = childAtCurrentRisk;
    }

    /** A new case for an account a survivor has just submitted. */
    /** How often, in days, the survivor agreed to hear from their worker (the service checks the charter's range). */
    void agreeContactEvery(short days) {
        contactEveryDays = days;
    }

    /** The written reasons for the survivor, encrypted, given with a proposal to close; sent when the case closes. */
    void explainClosure(byte[] reasonsCiphertext) {
        closureReasonsCiphertext = reasonsCiphertext;
    }

    static SurvivorCase submitted(String ownerSubject, String reference, Instant at, boolean riskNow) {
        SurvivorCase c = new SurvivorCase();
        c.id = UUID.randomUUID();
        c.ownerSubject = ownerSubject;
        c.reference = reference;
        c.status = CaseStatus.SUBMITTED;
        c.openedAt = at;
        c.riskRank = RiskLevel.queueRank(null, riskNow);
        return c;
    }

    /** Whose case it is (a subject, never shown): for features that keep something per person, such as drafts. */
    public String ownerSubject() {
        return ownerSubject;
    }

    public String assigneeName() {
        return assigneeName;
    }

    public String assigneeSubject() {
        return assigneeSubject;
    }

    public boolean childAtRisk() {
        return childAtRisk;
    }

    public String closureProposedBy() {
        return closureProposedBy;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public Short contactEveryDays() {
        return contactEveryDays;
    }

    public UUID id() {
        return id;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String reference() {
        return reference;
    }

    public RiskLevel risk() {
        return risk;
    }

    public CaseStatus status() {
        return status;
    }
}
