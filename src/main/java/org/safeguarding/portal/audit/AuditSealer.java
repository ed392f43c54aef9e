package org.safeguarding.portal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.safeguarding.portal.security.DocumentSigner;

/**
 * Chains the audit rows: the only writer of seals, on any number of service instances (one advisory lock, tried and
 * not waited for: an instance that finds another sealing leaves it to that one). A run takes the rows whose
 * transactions ended before its snapshot, in the order of those transactions, seals each with a keyed MAC over the
 * seal before it, and signs the new head as a checkpoint, kept in the database and written out by
 * {@link CheckpointFile}. A row that commits late is sealed by a later run: never skipped, never out of turn.
 */
@ApplicationScoped
public class AuditSealer {

    /** Held by the run that seals; tests hold it to keep the sealer away while they rewrite rows as the owner. */
    public static final long SEAL_LOCK = 0x6175646974L; // "audit"

    private final DataSource dataSource;
    private final AuditMac mac;
    private final DocumentSigner signer;
    private final CheckpointFile checkpointFile;
    private final Clock clock;
    private final int batch;

    AuditSealer(DataSource dataSource, AuditMac mac, DocumentSigner signer, CheckpointFile checkpointFile,
            Clock clock, AuditConfig config) {
        this.dataSource = dataSource;
        this.mac = mac;
        this.signer = signer;
        this.checkpointFile = checkpointFile;
        this.clock = clock;
        this.batch = config.sealBatch();
    }

    @Scheduled(every = "${portal.audit.seal-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sealPending();
    }

    /** Seals every row whose transaction has ended; returns how many were sealed (0 if another instance is at it). */
    public int sealPending() {
        int sealed = 0;
        while (true) {
            Optional<Run> run = QuarkusTransaction.requiringNew().call(this::sealOneBatch);
            if (run.isEmpty()) {
                return sealed;
            }
            checkpointFile.writeOut(run.get().checkpoint());
            sealed += run.get().sealed();
            if (run.get().sealed() < batch) {
                return sealed;
            }
        }
    }

    /** One transaction's work: how many rows it sealed, and the checkpoint it signed. */
    private record Run(int sealed, Checkpoint checkpoint) {
    }

    private Optional<Run> sealOneBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!tryLock(c)) {
                return Optional.empty();
            }
            // Taken before this transaction writes anything: every transaction below it has committed or aborted.
            String horizon = text(c, "select pg_snapshot_xmin(pg_current_snapshot())::text");
            long headSeq = 0;
            byte[] headMac = null;
            try (ResultSet head = c.createStatement().executeQuery(
                    "select seq, mac from audit_seal order by seq desc limit 1")) {
                if (head.next()) {
                    headSeq = head.getLong(1);
                    headMac = head.getBytes(2);
                }
            }
            String floor = Optional.ofNullable(text(c,
                    "select sealed_below::text from audit_checkpoint order by id desc limit 1")).orElse("0");
            List<AuditRow> rows = new ArrayList<>();
            String lastTx = floor;
            try (PreparedStatement q = c.prepareStatement("select " + AuditRow.COLUMNS + ", e.tx::text "
                    + "from audit_event e where e.tx >= ?::xid8 and e.tx < ?::xid8 "
                    + "and not exists (select 1 from audit_seal s where s.event_id = e.id) "
                    + "order by e.tx, e.id limit ?")) {
                q.setString(1, floor);
                q.setString(2, horizon);
                q.setInt(3, batch);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(AuditRow.from(rs, 1));
                        lastTx = rs.getString(11);
                    }
                }
            }
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into audit_seal (seq, event_id, mac) values (?, ?, ?)")) {
                for (AuditRow row : rows) {
                    headSeq++;
                    headMac = mac.seal(headMac, headSeq, row);
                    insert.setLong(1, headSeq);
                    insert.setLong(2, row.id());
                    insert.setBytes(3, headMac);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // A full batch may have left rows of its last transaction: the next run starts from that transaction.
            String sealedBelow = rows.size() < batch ? horizon : lastTx;
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            byte[] signature = signer.sign(Checkpoint.signedBytes(headSeq, headMac, sealedBelow, now));
            try (PreparedStatement insert = c.prepareStatement("insert into audit_checkpoint "
                    + "(sealed_at, head_seq, head_mac, sealed_below, signature) values (?, ?, ?, ?::xid8, ?)")) {
                insert.setTimestamp(1, Timestamp.from(now));
                insert.setLong(2, headSeq);
                insert.setBytes(3, headMac);
                insert.setString(4, sealedBelow);
                insert.setBytes(5, signature);
                insert.executeUpdate();
            }
            return Optional.of(new Run(rows.size(), new Checkpoint(headSeq, headMac, sealedBelow, now, signature)));
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, SEAL_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
