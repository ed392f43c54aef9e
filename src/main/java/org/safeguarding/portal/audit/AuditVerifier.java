package org.safeguarding.portal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.safeguarding.portal.security.DocumentSigner;

/**
 * Checks the audit chain, on a schedule, on every instance: each seal's MAC over its row and the seal before it, no
 * seal number missing, each checkpoint's signature and head, and the newest checkpoint written outside the database
 * (so rows cut off the end are seen). A run starts from the last point it found intact; once a day, and at the first
 * run, it starts from the first seal, so a row changed long ago is found too. The result is a log line (category
 * {@code portal.audit}: an ERROR naming the first bad row) and the metrics {@code portal.audit.chain.intact},
 * {@code portal.audit.chain.verified.at} and {@code portal.audit.unsealed.oldest.seconds}.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final Logger LOG = Logger.getLogger("portal.audit");
    private static final Duration FULL_PASS_EVERY = Duration.ofDays(1);

    /** What a check found: intact up to a seal, or the first bad seal (and its row, when there is one) and why. */
    public record Verdict(boolean intact, long verifiedTo, Long badSeq, Long badEventId, String problem) {
    }

    /** Where a check may start: a seal found intact, with its MAC (seal 0 and no MAC: the start of the chain). */
    private record Position(long seq, byte[] mac) {
        static final Position START = new Position(0, null);
    }

    private final DataSource dataSource;
    private final AuditMac mac;
    private final DocumentSigner signer;
    private final CheckpointFile checkpointFile;
    private final Clock clock;

    private Position lastIntact = Position.START;
    private Instant lastFullPass;
    private volatile Verdict latest;
    private volatile Instant latestAt;
    private volatile double oldestUnsealedSeconds;

    AuditVerifier(DataSource dataSource, AuditMac mac, DocumentSigner signer, CheckpointFile checkpointFile,
            Clock clock, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.mac = mac;
        this.signer = signer;
        this.checkpointFile = checkpointFile;
        this.clock = clock;
        Gauge.builder("portal.audit.chain.intact", this,
                v -> v.latest == null ? Double.NaN : v.latest.intact() ? 1 : 0)
                .description("1 if the last check found the audit chain intact, 0 if it found it broken").register(metrics);
        Gauge.builder("portal.audit.chain.verified.at", this,
                v -> v.latestAt == null ? Double.NaN : v.latestAt.getEpochSecond())
                .description("When the audit chain was last checked (seconds since the epoch)").register(metrics);
        Gauge.builder("portal.audit.unsealed.oldest.seconds", this, v -> v.oldestUnsealedSeconds)
                .description("Age of the oldest audit row not yet sealed").register(metrics);
    }

    @Scheduled(every = "${portal.audit.verify-every}", delayed = "${portal.audit.verify-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void scheduled() {
        Instant now = Instant.now(clock);
        boolean full = lastFullPass == null || !now.isBefore(lastFullPass.plus(FULL_PASS_EVERY));
        check(full ? Position.START : lastIntact);
        if (full) {
            lastFullPass = now;
        }
    }

    /** What the last check found (null before the first). */
    public Verdict latest() {
        return latest;
    }

    /** Checks the whole chain from its first seal. */
    public synchronized Verdict verifyFromStart() {
        return check(Position.START);
    }

    private Verdict check(Position from) {
        Verdict verdict = QuarkusTransaction.requiringNew().call(() -> pass(from));
        latest = verdict;
        latestAt = Instant.now(clock);
        if (verdict.intact()) {
            LOG.infof("Audit chain intact to seal %d", verdict.verifiedTo());
        } else {
            LOG.errorf("Audit chain broken at %s%s: %s",
                    verdict.badSeq() == null ? "an unsealed row" : "seal " + verdict.badSeq(),
                    verdict.badEventId() == null ? "" : " (audit row " + verdict.badEventId() + ")", verdict.problem());
        }
        return verdict;
    }

    private Verdict pass(Position from) throws SQLException {
        // Read before the pass's snapshot: the sealer writes a checkpoint out only after committing it, so the snapshot
        // holds every seal the file names. Read after it, a checkpoint sealed while the chain was walked (every 2 s;
        // a full pass of a long chain takes longer) named seals the snapshot could not see: a false "broken".
        Optional<Checkpoint> outside = checkpointFile.newest();
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                // One snapshot for the whole pass, so seals and checkpoints are read as of one moment.
                s.execute("set transaction isolation level repeatable read, read only");
            }
            Walk walk = chain(c, from);
            Verdict chain = walk.verdict();
            if (!chain.intact()) {
                return chain;
            }
            Optional<Verdict> fromOutside = againstCheckpointOutside(c, outside);
            if (fromOutside.isPresent()) {
                return fromOutside.get();
            }
            if (from.seq() == 0) {
                Optional<Verdict> unsealed = unsealedBelowHorizon(c);
                if (unsealed.isPresent()) {
                    return unsealed.get();
                }
            }
            oldestUnsealedSeconds = oldestUnsealed(c);
            if (walk.reached().seq() >= lastIntact.seq()) {
                lastIntact = walk.reached();
            }
            return chain;
        }
    }

    /** What a walk along the chain found, and the last seal it found intact. */
    private record Walk(Verdict verdict, Position reached) {
    }

    /** Walks the seals after {@code from} in order, with the checkpoints whose heads they reach. */
    private Walk chain(Connection c, Position from) throws SQLException {
        if (from.seq() > 0) {
            Optional<Walk> moved = startStillThere(c, from);
            if (moved.isPresent()) {
                return moved.get();
            }
        }
        try (PreparedStatement seals = c.prepareStatement("select s.seq, s.mac, " + AuditRow.COLUMNS
                + " from audit_seal s left join audit_event e on e.id = s.event_id where s.seq > ? order by s.seq");
                PreparedStatement checkpoints = c.prepareStatement("select head_seq, head_mac, sealed_below::text, "
                        + "sealed_at, signature from audit_checkpoint where head_seq > ? order by head_seq, id")) {
            seals.setFetchSize(1000);
            seals.setLong(1, from.seq());
            checkpoints.setFetchSize(1000);
            checkpoints.setLong(1, from.seq());
            try (ResultSet rs = seals.executeQuery(); ResultSet cps = checkpoints.executeQuery()) {
                Checkpoint checkpoint = next(cps);
                long expected = from.seq() + 1;
                byte[] previous = from.mac();
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    byte[] sealMac = rs.getBytes(2);
                    if (seq != expected) {
                        return failed(expected, null, "seal " + expected + " is missing (the chain jumps from "
                                + (expected - 1) + " to " + seq + ")");
                    }
                    if (rs.getObject(3) == null) {
                        return failed(seq, null, "the row of seal " + seq + " is missing");
                    }
                    AuditRow row = AuditRow.from(rs, 3);
                    if (!mac.verifies(sealMac, previous, seq, row)) {
                        return failed(seq, row.id(), "the row or its seal was changed (the MAC does not match)");
                    }
                    while (checkpoint != null && checkpoint.headSeq() == seq) {
                        if (!signer.verifies(checkpoint.signature(), checkpoint.signedBytes())) {
                            return failed(seq, row.id(), "the checkpoint at this seal is not signed by the service");
                        }
                        if (!Arrays.equals(checkpoint.headMac(), sealMac)) {
                            return failed(seq, row.id(), "the checkpoint at this seal names another MAC");
                        }
                        checkpoint = next(cps);
                    }
                    previous = sealMac;
                    expected++;
                }
                if (checkpoint != null) {
                    return failed(expected, null, "a checkpoint names seal " + checkpoint.headSeq()
                            + ", past the end of the chain");
                }
                return new Walk(new Verdict(true, expected - 1, null, null, null), new Position(expected - 1, previous));
            }
        }
    }

    /** The seal a check starts from must still be there, as it was when it was last found intact. */
    private static Optional<Walk> startStillThere(Connection c, Position from) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select mac, event_id from audit_seal where seq = ?")) {
            q.setLong(1, from.seq());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    long first = firstMissingAtEnd(c);
                    return Optional.of(failed(first, null, "seals from " + first + " on are missing; seal "
                            + from.seq() + " was there when last checked"));
                }
                if (!Arrays.equals(rs.getBytes(1), from.mac())) {
                    return Optional.of(failed(from.seq(), rs.getLong(2), "the seal changed since it was last checked"));
                }
                return Optional.empty();
            }
        }
    }

    private static long firstMissingAtEnd(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select coalesce(max(seq), 0) + 1 from audit_seal")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The newest checkpoint written outside the database must be in the chain, as it was then. */
    private Optional<Verdict> againstCheckpointOutside(Connection c, Optional<Checkpoint> outside)
            throws SQLException {
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        Checkpoint written = outside.get();
        if (!signer.verifies(written.signature(), written.signedBytes())) {
            return Optional.of(broken(written.headSeq(), null,
                    "the newest checkpoint outside the database is not signed by the service"));
        }
        try (PreparedStatement q = c.prepareStatement("select mac, event_id from audit_seal where seq = ?")) {
            q.setLong(1, written.headSeq());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    long first = firstMissingAtEnd(c);
                    return Optional.of(broken(first, null, "seals " + first + " to " + written.headSeq()
                            + " are missing: the checkpoint written outside the database at " + written.sealedAt()
                            + " names seal " + written.headSeq()));
                }
                if (!Arrays.equals(rs.getBytes(1), written.headMac())) {
                    return Optional.of(broken(written.headSeq(), rs.getLong(2),
                            "this seal differs from the checkpoint written outside the database at "
                                    + written.sealedAt()));
                }
            }
        }
        return Optional.empty();
    }

    /** A row older than the last sealing run but without a seal: its seal was removed, or it was slipped in. */
    private Optional<Verdict> unsealedBelowHorizon(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select min(e.id) from audit_event e "
                + "where e.tx < (select sealed_below from audit_checkpoint order by id desc limit 1) "
                + "and not exists (select 1 from audit_seal s where s.event_id = e.id)")) {
            if (rs.next() && rs.getObject(1) != null) {
                return Optional.of(broken(null, rs.getLong(1), "a row older than the last sealing run has no seal"));
            }
            return Optional.empty();
        }
    }

    private double oldestUnsealed(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select min(e.occurred_at) from audit_event e "
                + "where e.tx >= coalesce((select sealed_below from audit_checkpoint order by id desc limit 1), '0') "
                + "and not exists (select 1 from audit_seal s where s.event_id = e.id)")) {
            OffsetDateTime oldest = rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), Instant.now(clock)).toSeconds());
        }
    }

    private static Checkpoint next(ResultSet cps) throws SQLException {
        if (!cps.next()) {
            return null;
        }
        return new Checkpoint(cps.getLong(1), cps.getBytes(2), cps.getString(3),
                cps.getObject(4, OffsetDateTime.class).toInstant(), cps.getBytes(5));
    }

    private static Verdict broken(Long seq, Long eventId, String problem) {
        return new Verdict(false, seq == null ? 0 : Math.max(0, seq - 1), seq, eventId, problem);
    }

    private static Walk failed(long seq, Long eventId, String problem) {
        return new Walk(broken(seq, eventId, problem), null);
    }
}
