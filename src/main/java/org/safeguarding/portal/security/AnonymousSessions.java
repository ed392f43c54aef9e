package org.safeguarding.portal.security;

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

/**
 * Sessions for people without an account: a random token the client sends as {@code Authorization: Receipt <token>}.
 * The identity it gives is the anonymous case's pseudonymous owner, with role {@link Roles#RECEIPT_HOLDER}.
 */
@ApplicationScoped
public class AnonymousSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();

    AnonymousSessions(EntityManager em, SecurityConfig config) {
        this.em = em;
        this.lifetime = config.receiptSessionLifetime();
    }

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
        session.expiresAt = session.createdAt.plus(lifetime);
        em.persist(session);
        return new OpenedSession(token, session.expiresAt);
    }

    /**
     * The owner of a live session, or empty for an unknown or expired token. A session in use stays open: once half
     * its lifetime has passed, using it extends it (so someone still writing is not cut off, and one left alone ends).
     */
    @Transactional
    public Optional<String> ownerOf(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return em.createQuery("from AnonymousSession s where s.tokenHash = ?1 and s.expiresAt > ?2",
                AnonymousSession.class).setParameter(1, hash(token)).setParameter(2, now)
                .getResultStream().findFirst().map(session -> {
                    if (session.expiresAt.isBefore(now.plus(lifetime.dividedBy(2)))) {
                        session.expiresAt = now.plus(lifetime).truncatedTo(ChronoUnit.MICROS);
                    }
                    return session.ownerSubject;
                });
    }

    /** Ends a session at once (leaving on a shared device). */
    @Transactional
    public void end(String token) {
        if (token != null && token.length() <= 100) {
            em.createQuery("delete from AnonymousSession s where s.tokenHash = ?1").setParameter(1, hash(token))
                    .executeUpdate();
        }
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
