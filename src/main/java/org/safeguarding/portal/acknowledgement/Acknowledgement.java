package org.safeguarding.portal.acknowledgement;

import java.nio.charset.StandardCharsets;

/**
 * A survivor's proof that they reported: the case reference, the moment the portal committed the submission, and a
 * digest of what was submitted, signed by the portal. All fields are text exactly as signed, so the JSON a survivor
 * keeps can be checked byte for byte by anyone with the published public key.
 *
 * <p>{@code digest} is {@code sha256:} and the base64url SHA-256 of the {@code salt} bytes followed by the account
 * text in UTF-8. The random salt means the digest alone cannot be matched against guessed texts prepared in advance;
 * the survivor can show what they wrote by revealing the text.
 */
public record Acknowledgement(String version, String reference, String submittedAt, String digest, String salt,
        String signature) {

    public static final String VERSION = "portal-ack/v1";

    /** What the signature covers: every field but the signature, one per line, in this order. */
    byte[] signedContent() {
        return String.join("\n", version, reference, submittedAt, digest, salt).getBytes(StandardCharsets.UTF_8);
    }

    boolean isComplete() {
        return version != null && reference != null && submittedAt != null && digest != null && salt != null
                && signature != null;
    }
}
