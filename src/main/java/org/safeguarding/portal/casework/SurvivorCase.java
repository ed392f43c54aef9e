package org.safeguarding.portal.casework;

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
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    public String ownerSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    /** The status the survivor paused the case from; null unless paused. */
    @Enumerated(EnumType.STRING)
    @Column(name = "paused_from")
    public CaseStatus pausedFrom;

    /** The caseworker working the case (their OIDC subject), and the first name the survivor is told. */
    @Column(name = "assignee_subject")
    public String assigneeSubject;

    @Column(name = "assignee_name")
    public String assigneeName;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Version
    public long version;

    protected SurvivorCase() {
    }

    /** The survivor asks for a break. Returns the status it left, or null if it was already paused. */
    CaseStatus pauseBySurvivor() {
        if (status == CaseStatus.PAUSED_BY_SURVIVOR) {
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

    /** A caseworker takes the case, or is given it; the survivor will see their name. */
    void assignTo(String subject, String name, Instant at) {
        assigneeSubject = subject;
        assigneeName = name;
        assignedAt = at;
    }

    /** A new case for an account a survivor has just submitted. */
    static SurvivorCase submitted(String ownerSubject, String reference, Instant at) {
        SurvivorCase c = new SurvivorCase();
        c.id = UUID.randomUUID();
        c.ownerSubject = ownerSubject;
        c.reference = reference;
        c.status = CaseStatus.SUBMITTED;
        c.openedAt = at;
        return c;
    }
}
