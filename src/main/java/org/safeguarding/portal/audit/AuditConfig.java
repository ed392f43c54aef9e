package org.safeguarding.portal.audit;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "portal.audit")
public interface AuditConfig {

    /**
     * Base64 of the Tink JSON keyset (HMAC-SHA256) that seals the audit chain. It must never be stored in the
     * database: whoever holds it could rewrite rows and seal them again. Required outside dev and test.
     */
    Optional<String> macKeyset();

    /** The public, committed keyset for dev and test; production refuses to run with it. */
    String insecureDevMacKeyset();

    /**
     * Where each sealing run's signed head is appended, one JSON line per run, outside the database: a file on a
     * volume the database owner cannot write, or one shipped on to a bucket. Required outside dev and test.
     */
    Optional<Path> checkpointFile();

    /** How often the sealer runs ({@link AuditSealer}: a row stays unsealed about this long). */
    @WithDefault("2s")
    String sealEvery();

    /** How often the verifier runs ({@link AuditVerifier}; "off" in tests, which call it themselves). */
    @WithDefault("1m")
    String verifyEvery();

    /** How long after start the verifier first runs. */
    @WithDefault("30s")
    String verifyDelay();

    /** At most this many rows are sealed in one transaction; a run seals batch after batch until none is left. */
    @WithDefault("5000")
    int sealBatch();
}
