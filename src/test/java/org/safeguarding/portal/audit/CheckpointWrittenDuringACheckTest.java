package org.safeguarding.portal.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.safeguarding.portal.security.DocumentSigner;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The sealer runs every 2 s on every instance while the verifier walks the chain (a full pass of a long chain takes
 * longer than that). A checkpoint the sealer commits and writes out during the walk is not in the walk's snapshot:
 * read after the snapshot, it named seals the verifier could not see, and an intact chain was reported broken (seen
 * as a risk while proving two instances: acceptance/TwoInstancesIT). Here the file is read at the worst moment for
 * the old order, deterministically: reading it first seals a new row and writes its checkpoint out.
 */
@QuarkusTest
class CheckpointWrittenDuringACheckTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String appRole;
    @ConfigProperty(name = "quarkus.datasource.password")
    String appPassword;
    @Inject
    DataSource dataSource;
    @Inject
    AuditMac mac;
    @Inject
    DocumentSigner signer;
    @Inject
    AuditConfig config;
    @Inject
    AuditSealer sealer;
    @Inject
    Clock clock;

    @Test
    void aCheckpointSealedWhileTheChainIsCheckedIsNotTakenForSealsCutOffTheEnd() {
        sealer.sealPending();
        CheckpointFile file = new CheckpointFile(config);
        CheckpointFile sealedMeanwhile = new CheckpointFile(config) {
            @Override
            Optional<Checkpoint> newest() {
                sealANewRowAndWriteItsCheckpointOut(file);
                return super.newest();
            }
        };
        AuditVerifier verifier = new AuditVerifier(dataSource, mac, signer, sealedMeanwhile, clock,
                new SimpleMeterRegistry());
        AuditVerifier.Verdict verdict = verifier.verifyFromStart();
        assertTrue(verdict.intact(), verdict.toString());
    }

    /** A row committed by the service's role, then sealed (by this call or the scheduled run) and written out. */
    private void sealANewRowAndWriteItsCheckpointOut(CheckpointFile file) {
        long before = headIn(file);
        // Its own connection, outside the verifier's transaction, as another request's would be.
        try (Connection c = DriverManager.getConnection(url, appRole, appPassword); Statement s = c.createStatement()) {
            s.execute("insert into audit_event (occurred_at, actor_subject, actor_role, action, record_type, "
                    + "record_id) values (now(), 'checkpoint-race', 'caseworker', 'VIEW_CASE', 'case', '"
                    + UUID.randomUUID() + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (headIn(file) <= before) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the new row's checkpoint was not written out");
            }
            sealer.sealPending(); // 0 if the scheduled run holds the lock: it writes to the same file
        }
    }

    private static long headIn(CheckpointFile file) {
        return file.newest().map(Checkpoint::headSeq).orElse(0L);
    }
}
