package org.safeguarding.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;

/**
 * The portal's signature: documents it hands to people (acknowledgements of a report) are signed with a private
 * keyset from configuration, so anyone holding the published public keyset can check them later, without asking us.
 * Tink prefixes each signature with its key id, so after a rotation (new primary, old keys kept) older documents
 * still verify.
 */
@ApplicationScoped
public class DocumentSigner {

    private final PublicKeySign signer;
    private final PublicKeyVerify verifier;
    private final String publicKeysetJson;

    @Inject
    DocumentSigner(CryptoConfig config) throws GeneralSecurityException {
        this(config.signingKeyset().orElseThrow(() -> new IllegalStateException(
                "portal.crypto.signing-keyset (PORTAL_CRYPTO_SIGNING_KEYSET) is not set")));
    }

    /** For tests and tools: a signer over the given base64 JSON private keyset (Ed25519 or ECDSA). */
    public DocumentSigner(String base64PrivateKeyset) throws GeneralSecurityException {
        SignatureConfig.register();
        String json = new String(Base64.getDecoder().decode(base64PrivateKeyset.trim()), StandardCharsets.UTF_8);
        KeysetHandle privateKeyset = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        KeysetHandle publicKeyset = privateKeyset.getPublicKeysetHandle();
        this.signer = privateKeyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        this.verifier = publicKeyset.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        this.publicKeysetJson = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(publicKeyset);
    }

    public byte[] sign(byte[] data) {
        try {
            return signer.sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed");
        }
    }

    public boolean verifies(byte[] signature, byte[] data) {
        try {
            verifier.verify(signature, data);
            return true;
        } catch (GeneralSecurityException invalid) {
            return false;
        }
    }

    /** The public half, in Tink's JSON keyset format: safe to publish. */
    public String publicKeysetJson() {
        return publicKeysetJson;
    }
}
