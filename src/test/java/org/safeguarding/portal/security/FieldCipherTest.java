package org.safeguarding.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/** Envelope encryption with associated data: what the database holds can only be opened in its own place. */
class FieldCipherTest {

    private static String newKeyset() throws Exception {
        AeadConfig.register();
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private final UUID row = UUID.randomUUID();
    private final FieldContext account = new FieldContext("referral", "account_ciphertext", row);

    @Test
    void aValueRoundTripsInItsOwnPlace() throws Exception {
        FieldCipher cipher = new FieldCipher(newKeyset());
        assertEquals("What happened to me", cipher.decrypt(cipher.encrypt("What happened to me", account), account));
    }

    @Test
    void theCiphertextHoldsNoPlaintextAndDiffersEachTime() throws Exception {
        FieldCipher cipher = new FieldCipher(newKeyset());
        byte[] first = cipher.encrypt("Canary plaintext", account);
        byte[] second = cipher.encrypt("Canary plaintext", account);
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("Canary"));
        assertFalse(Arrays.equals(first, second), "a fresh data key and nonce for every value");
    }

    @Test
    void aValueCopiedToAnotherRowOrColumnDoesNotDecrypt() throws Exception {
        FieldCipher cipher = new FieldCipher(newKeyset());
        byte[] sealed = cipher.encrypt("Bound to its row", account);
        assertThrows(IllegalStateException.class,
                () -> cipher.decrypt(sealed, new FieldContext("referral", "account_ciphertext", UUID.randomUUID())));
        assertThrows(IllegalStateException.class,
                () -> cipher.decrypt(sealed, new FieldContext("referral", "other_column", row)));
        assertThrows(IllegalStateException.class,
                () -> cipher.decrypt(sealed, new FieldContext("message", "account_ciphertext", row)));
    }

    @Test
    void anotherMasterKeyCannotOpenIt() throws Exception {
        byte[] sealed = new FieldCipher(newKeyset()).encrypt("Secret", account);
        FieldCipher other = new FieldCipher(newKeyset());
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> other.decrypt(sealed, account));
        assertFalse(failure.getMessage().contains("Secret"), "failures never carry the value");
    }

    @Test
    void aTamperedCiphertextIsRejected() throws Exception {
        FieldCipher cipher = new FieldCipher(newKeyset());
        byte[] sealed = cipher.encrypt("Untouched", account);
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, account));
    }

    @Test
    void aRotatedKeysetStillOpensOlderValues() throws Exception {
        AeadConfig.register();
        KeysetHandle original = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        byte[] sealed = new FieldCipher(encode(original)).encrypt("Written before rotation", account);

        // Rotation: add a new primary key, keep the old one enabled for reading.
        KeysetHandle rotated = KeysetHandle.newBuilder(original)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId().makePrimary())
                .build();
        FieldCipher after = new FieldCipher(encode(rotated));
        assertEquals("Written before rotation", after.decrypt(sealed, account));
        assertTrue(after.decrypt(after.encrypt("Written after", account), account).equals("Written after"));
    }

    private static String encode(KeysetHandle handle) throws Exception {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
