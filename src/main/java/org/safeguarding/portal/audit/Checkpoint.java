package org.safeguarding.portal.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The head of the chain after a sealing run: the last seal's number and MAC, the transaction id below which every
 * row is sealed, and when. Signed with the service's signing key, so a checkpoint written outside the database
 * cannot be forged by someone who can only reach the database.
 */
record Checkpoint(long headSeq, byte[] headMac, String sealedBelow, Instant sealedAt, byte[] signature) {

    /** The bytes the signature covers. */
    static byte[] signedBytes(long headSeq, byte[] headMac, String sealedBelow, Instant sealedAt) {
        return String.join("\n", "portal-audit-checkpoint/v1", Long.toString(headSeq),
                Base64.getEncoder().encodeToString(headMac), sealedBelow, sealedAt.toString())
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] signedBytes() {
        return signedBytes(headSeq, headMac, sealedBelow, sealedAt);
    }

    /** One line of JSON for the log and the checkpoint file (no field needs escaping: numbers, base64, a time). */
    String toJson() {
        Base64.Encoder b64 = Base64.getEncoder();
        return "{\"headSeq\":" + headSeq + ",\"headMac\":\"" + b64.encodeToString(headMac) + "\",\"sealedBelow\":\""
                + sealedBelow + "\",\"sealedAt\":\"" + sealedAt + "\",\"signature\":\"" + b64.encodeToString(signature)
                + "\"}";
    }
}
