package org.safeguarding.portal.retention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The retention schedule in force. At start the configured file (a council's own, named by
 * {@code portal.retention.schedule-file}; the bundled one otherwise) is read and checked in full, and the service
 * refuses to start on one that is malformed or leaves a kind of record without a rule. Like the charter, each version
 * is stored once: a version already stored must be byte-for-byte the same (a changed rule is a new version, never an
 * edit), and a version older than one already used is refused, so disposals always name the rules they ran under.
 */
@ApplicationScoped
public class RetentionCatalogue {

    static final String BUNDLED = "records/retention-schedule-v1.json";
    private static final long LOCK = 0x726574656e74L; // "retent"

    private final EntityManager em;
    private final Optional<String> file;
    private final Clock clock;
    private volatile RetentionSchedule current;

    RetentionCatalogue(EntityManager em, @ConfigProperty(name = "portal.retention.schedule-file") Optional<String> file,
            Clock clock) {
        this.em = em;
        this.file = file;
        this.clock = clock;
    }

    void load(@Observes StartupEvent started) {
        current = loadFrom(file);
    }

    /** Reads, checks and stores the schedule a file (or the bundled one) holds; throws, saying why, if it may not run. */
    RetentionSchedule loadFrom(Optional<String> path) {
        byte[] bytes = read(path);
        String source = path.orElse(BUNDLED);
        RetentionSchedule schedule = RetentionSchedule.parse(bytes, source);
        QuarkusTransaction.requiringNew().run(() -> {
            // One instance at a time, so two starting together do not both insert the version.
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
            publish(schedule, bytes, source);
        });
        return schedule;
    }

    /** The schedule in force. */
    public RetentionSchedule current() {
        if (current == null) {
            throw new IllegalStateException("the retention schedule is not loaded yet");
        }
        return current;
    }

    private void publish(RetentionSchedule schedule, byte[] bytes, String source) {
        String sha = sha256(bytes);
        Number newest = (Number) em.createNativeQuery("select coalesce(max(version), 0) from retention_schedule_version")
                .getSingleResult();
        if (schedule.version() < newest.intValue()) {
            throw new IllegalStateException(source + " is retention schedule version " + schedule.version()
                    + ", older than version " + newest + " already in use: publish a new version instead");
        }
        List<?> existing = em.createNativeQuery("select sha256 from retention_schedule_version where version = ?1")
                .setParameter(1, schedule.version()).getResultList();
        if (existing.isEmpty()) {
            em.createNativeQuery("insert into retention_schedule_version (version, effective_from, title, definition, "
                    + "sha256, loaded_at) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, schedule.version())
                    .setParameter(2, schedule.effectiveFrom()).setParameter(3, schedule.title())
                    .setParameter(4, new String(bytes, StandardCharsets.UTF_8)).setParameter(5, sha)
                    .setParameter(6, Instant.now(clock)).executeUpdate();
        } else if (!sha.equals(existing.get(0))) {
            throw new IllegalStateException(source + " changes retention schedule version " + schedule.version()
                    + ", which is already in use: publish a new version instead");
        }
    }

    /** The configured file's bytes, or the bundled schedule's. */
    static byte[] read(Optional<String> file) {
        if (file.isPresent()) {
            try {
                return Files.readAllBytes(Path.of(file.get()));
            } catch (IOException e) {
                throw new IllegalStateException("retention schedule file unreadable: " + file.get(), e);
            }
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("retention schedule not found: " + BUNDLED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("retention schedule unreadable: " + BUNDLED, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
