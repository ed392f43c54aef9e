package org.safeguarding.portal.security.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in sessions ended on purpose (the quick exit), by Keycloak's session id ({@code sid}). The portal's session
 * cookie is self-contained (the tokens, encrypted), so a copy taken before the exit would otherwise keep working
 * until its tokens expire, and a sign-in that rode on a Keycloak session that could not be ended in time would be
 * accepted again. Listing the session here refuses both, on every instance at once ({@link EndedSignInCheck}).
 * <p>
 * Plain JDBC in autocommit, not the persistence context: it is called while a request is being authenticated, before
 * any request scope or transaction of the application exists. Only the SHA-256 of the session id is kept.
 */
@ApplicationScoped
public class EndedSignIns {

    private final DataSource database;
    private final Clock clock;
    private final Duration kept;

    EndedSignIns(DataSource database, Clock clock,
            @ConfigProperty(name = "portal.sessions.ended-sign-in-kept", defaultValue = "9H") Duration kept) {
        this.database = database;
        this.clock = clock;
        this.kept = kept;
    }

    /** Keycloak's session id of a sign-in (on the ID token of a page sign-in and on every access token), or null. */
    public static String sessionIdOf(io.quarkus.security.identity.SecurityIdentity identity) {
        if (identity.isAnonymous()
                || !(identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken token)) {
            return null;
        }
        Object sid = token.getClaim("sid");
        return sid == null ? null : sid.toString();
    }

    /** Lists the session as ended; listing it again changes nothing. */
    public void end(String sessionId) {
        run("insert into ended_sign_in (session_hash, forget_after) values (?, ?) on conflict do nothing",
                sessionId, Timestamp.from(Instant.now(clock).plus(kept)));
    }

    /** True when the session was ended here; a session id never seen is not. */
    public boolean isEnded(String sessionId) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection
                        .prepareStatement("select 1 from ended_sign_in where session_hash = ?")) {
            select.setBytes(1, hash(sessionId));
            try (ResultSet found = select.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ended sign-in lookup failed", e);
        }
    }

    /**
     * Forgets sessions past any use: Keycloak ends every session within its maximum lifespan (8 hours), after which
     * no token or cookie from it is accepted anyway. Forgets those whose {@code forget_after} is at or before
     * {@code cutoff} (the retention schedule's ENDED_SIGN_IN rule, run by retention.Housekeeping); idempotent, so
     * several instances may run it together. Returns how many went.
     */
    public int forgetPastUse(Instant cutoff) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from ended_sign_in where forget_after <= ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("ended sign-in housekeeping failed", e);
        }
    }

    private void run(String sql, String sessionId, Timestamp at) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setBytes(1, hash(sessionId));
            statement.setTimestamp(2, at);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("ending a sign-in failed", e);
        }
    }

    private static byte[] hash(String sessionId) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
