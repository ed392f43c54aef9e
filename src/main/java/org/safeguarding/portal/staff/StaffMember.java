package org.safeguarding.portal.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A caseworker the service has seen: who a case can be assigned to, and the name the survivor is told. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    String subject;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "last_seen_at", nullable = false)
    Instant lastSeenAt;

    public String displayName() {
        return displayName;
    }

    public String subject() {
        return subject;
    }
}
