package org.safeguarding.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.KmsEnvelopeAead;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * Encrypts every free text a survivor or caseworker writes before it reaches the database.
 *
 * <p>Envelope encryption: each value gets a fresh AES-256-GCM data key, which is wrapped by the master keyset
 * supplied from configuration (never from the database). Tink prefixes the wrapped key with the master key's id,
 * so a rotated keyset (new primary, old keys kept) still opens older values. The associated data binds each
 * ciphertext to its table, column and row: a value copied to another row or column does not decrypt.
 */
@ApplicationScoped
public class FieldCipher {

    private final Aead envelope;

    @Inject
    FieldCipher(CryptoConfig config) throws GeneralSecurityException {
        this(config.masterKeyset().orElseThrow(() -> new IllegalStateException(
                "portal.crypto.master-keyset (PORTAL_CRYPTO_MASTER_KEYSET) is not set")));
    }

    /** For tests and tools: a cipher over the given base64 JSON keyset. */
    public FieldCipher(String base64Keyset) throws GeneralSecurityException {
        AeadConfig.register();
        String json = new String(Base64.getDecoder().decode(base64Keyset.trim()), StandardCharsets.UTF_8);
        KeysetHandle master = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        Aead keyEncryptionKey = master.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.envelope = KmsEnvelopeAead.create(PredefinedAeadParameters.AES256_GCM, keyEncryptionKey);
    }

    public byte[] encrypt(String plaintext, FieldContext context) {
        try {
            return envelope.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.associatedData());
        } catch (GeneralSecurityException e) {
            // The message of a crypto failure never includes the plaintext, but say nothing more than needed.
            throw new IllegalStateException("encryption failed for " + context.describe());
        }
    }

    public String decrypt(byte[] ciphertext, FieldContext context) {
        try {
            return new String(envelope.decrypt(ciphertext, context.associatedData()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed for " + context.describe());
        }
    }
}
