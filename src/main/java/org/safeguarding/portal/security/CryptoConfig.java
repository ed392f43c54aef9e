package org.safeguarding.portal.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "portal.crypto")
public interface CryptoConfig {

    /** Base64 of the Tink JSON keyset (AES-256-GCM) that wraps data keys. Required outside dev and test. */
    Optional<String> masterKeyset();

    /** The public, committed keyset for dev and test; production refuses to run with it. */
    String insecureDevMasterKeyset();

    /** Base64 of the Tink JSON private keyset (Ed25519) that signs acknowledgements. Required outside dev and test. */
    Optional<String> signingKeyset();

    /** The public, committed signing keyset for dev and test; production refuses to run with it. */
    String insecureDevSigningKeyset();
}
