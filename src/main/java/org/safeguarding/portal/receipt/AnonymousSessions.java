package org.safeguarding.portal.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.SecurityConfig;

/**
 * Sessions for people without an account: a random token the client sends as {@code Authorization: Receipt <token>}.
 * The identity it gives is the anonymous case's pseudonymous owner, with role {@link Roles#RECEIPT_HOLDER}.
 */
@ApplicationScoped
public class AnonymousSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Duration idle;
    private final Duration absolute;
    private final Clock clock;

    AnonymousSessions(EntityManager em, SecurityConfig config, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.idle = config.receiptSessionIdle();
        this.absolute = config.receiptSessionAbsolute();
    }

    /** A new session's token (given to the client only) and its idle deadline at opening. */
    public record OpenedSession(String token, Instant expiresAt) {
    }

    /** Opens a session for the owner, inside the caller's transaction (with its audit row). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OpenedSession open(String ownerSubject) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        AnonymousSession session = new AnonymousSession();
        session.tokenHash = hash(token);
        session.ownerSubject = ownerSubject;
        session.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        session.endsAt = session.createdAt.plus(absolute);
        session.expiresAt = earlier(session.createdAt.plus(idle), session.endsAt);
        em.persist(session);
        return new OpenedSession(token, session.expiresAt);
    }

    /**
     * The owner of a live session, or empty for an unknown or ended token. Every request that finds the session live
     * moves its idle deadline to a full idle window from now (never past its absolute end), in one statement, so
     * concurrent requests and several service instances agree: someone still writing is not cut off, a session left
     * alone ends after the idle window, and any session ends at its absolute end however active. The row is written
     * only when the deadline would move by more than a small step (a minute, or a tenth of a short idle window): a
     * page pulls in its styles and scripts under the same session, and each need not queue a write on one row.
     */
    @Transactional
    public Optional<String> ownerOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Duration step = idle.dividedBy(10).compareTo(Duration.ofMinutes(1)) < 0 ? idle.dividedBy(10)
                : Duration.ofMinutes(1);
        // A data-modifying WITH runs whether or not the outer select reads it; the select answers from the snapshot.
        @SuppressWarnings("unchecked")
        java.util.List<String> owners = em.createNativeQuery("""
                with live as (
                    select token_hash, owner_subject, expires_at, ends_at from anonymous_session
                    where token_hash = ?1 and expires_at > ?3 and ends_at > ?3),
                slid as (
                    update anonymous_session s set expires_at = least(?2, s.ends_at) from live
                    where s.token_hash = live.token_hash and live.expires_at < least(?4, live.ends_at)
                    returning s.token_hash)
                select owner_subject from live""")
                .setParameter(1, hash(token)).setParameter(2, now.plus(idle)).setParameter(3, now)
                .setParameter(4, now.plus(idle).minus(step)).getResultList();
        return owners.stream().findFirst();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Ends a session at once (leaving on a shared device). */
    @Transactional
    public void end(String token) {
        if (token != null && token.length() <= 100) {
            em.createQuery("delete from AnonymousSession s where s.tokenHash = ?1").setParameter(1, hash(token))
                    .executeUpdate();
        }
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
