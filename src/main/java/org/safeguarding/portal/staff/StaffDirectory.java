package org.safeguarding.portal.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The caseworkers the service has seen, by OIDC subject, with the first name survivors are told. */
@ApplicationScoped
public class StaffDirectory {

    static final int MAX_NAME = 100;

    /** How often one caseworker's visit is written down: often enough for "last seen", not a write per request. */
    static final Duration REFRESH = Duration.ofMinutes(10);

    private final EntityManager em;
    private final Clock clock;
    /** Who was written down when, on this instance; another instance or a restart writes once more, harmlessly. */
    private final Map<String, Recorded> recorded = new ConcurrentHashMap<>();

    private record Recorded(String name, Instant at) {
    }

    StaffDirectory(EntityManager em, Clock clock) {
        this.clock = clock;
        this.em = em;
    }

    /**
     * Remembers (or refreshes) a caseworker who is using the service; safe when two requests race. Written at most
     * every {@link #REFRESH} per person unless their name changed, so the queue does not pay a write per page.
     */
    public void seen(String subject, String displayName) {
        String name = displayName == null || displayName.isBlank() ? "Your worker" : displayName.strip();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Recorded last = recorded.get(subject);
        if (last != null && last.name().equals(name) && last.at().plus(REFRESH).isAfter(now)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> upsert(subject, name, now));
        recorded.put(subject, new Recorded(name, now));
    }

    private void upsert(String subject, String name, Instant now) {
        em.createNativeQuery("""
                insert into staff_member (subject, display_name, last_seen_at) values (?1, ?2, ?3)
                on conflict (subject) do update set display_name = excluded.display_name,
                                                    last_seen_at = excluded.last_seen_at""")
                .setParameter(1, subject)
                .setParameter(2, name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name)
                .setParameter(3, now)
                .executeUpdate();
    }

    /** The caseworker with this subject, or empty; a value no subject can be is not looked up at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StaffMember> find(String subject) {
        return couldBeSubject(subject) ? Optional.ofNullable(em.find(StaffMember.class, subject)) : Optional.empty();
    }

    /**
     * Whether a value typed or sent as someone's subject could be one: an OIDC subject is at most 255 ASCII characters
     * (OpenID Connect Core, 2), and none is a control character. Checked before a query, because PostgreSQL refuses
     * a NUL in text outright (the query failed and the request answered 500; found by the bad-input suite).
     */
    public static boolean couldBeSubject(String value) {
        return value != null && !value.isEmpty() && value.length() <= 255
                && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
