package org.safeguarding.portal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The caseworkers the service has seen, by OIDC subject, with the first name survivors are told. */
@ApplicationScoped
public class StaffDirectory {

    static final int MAX_NAME = 100;

    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    StaffDirectory(EntityManager em) {
        this.em = em;
    }

    /** Remembers (or refreshes) a caseworker who is using the service; safe when two requests race. */
    @Transactional
    public void seen(String subject, String displayName) {
        String name = displayName == null || displayName.isBlank() ? "Your worker" : displayName.strip();
        em.createNativeQuery("""
                insert into staff_member (subject, display_name, last_seen_at) values (?1, ?2, ?3)
                on conflict (subject) do update set display_name = excluded.display_name,
                                                    last_seen_at = excluded.last_seen_at""")
                .setParameter(1, subject)
                .setParameter(2, name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name)
                .setParameter(3, Instant.now(clock).truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StaffMember> find(String subject) {
        return Optional.ofNullable(em.find(StaffMember.class, subject));
    }
}
