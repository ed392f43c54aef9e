package org.safeguarding.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.mac.MacConfig;

/**
 * The keyed MAC of the audit chain: seal N covers seal N-1's MAC, its own number and every field of its row. Tink
 * prefixes each MAC with its key's id, so after a rotation (a new primary key, the old ones kept in the keyset) the
 * older seals still verify.
 */
@ApplicationScoped
public class AuditMac {

    private final Mac mac;

    @Inject
    AuditMac(AuditConfig config) throws GeneralSecurityException {
        this(config.macKeyset().orElseThrow(() -> new IllegalStateException(
                "portal.audit.mac-keyset (PORTAL_AUDIT_MAC_KEYSET) is not set")));
    }

    /** For tests: a MAC over the given base64 JSON keyset. */
    public AuditMac(String base64Keyset) throws GeneralSecurityException {
        MacConfig.register();
        String json = new String(Base64.getDecoder().decode(base64Keyset.trim()), StandardCharsets.UTF_8);
        this.mac = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Mac.class);
    }

    byte[] seal(byte[] previousMac, long seq, AuditRow row) {
        try {
            return mac.computeMac(input(previousMac, seq, row));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed");
        }
    }

    boolean verifies(byte[] sealMac, byte[] previousMac, long seq, AuditRow row) {
        try {
            mac.verifyMac(sealMac, input(previousMac, seq, row));
            return true;
        } catch (GeneralSecurityException mismatch) {
            return false;
        }
    }

    private static byte[] input(byte[] previousMac, long seq, AuditRow row) {
        byte[] fields = row.canonicalForm(seq).getBytes(StandardCharsets.UTF_8);
        byte[] previous = previousMac == null ? new byte[0] : previousMac;
        byte[] input = new byte[4 + previous.length + fields.length];
        input[0] = (byte) (previous.length >>> 24);
        input[1] = (byte) (previous.length >>> 16);
        input[2] = (byte) (previous.length >>> 8);
        input[3] = (byte) previous.length;
        System.arraycopy(previous, 0, input, 4, previous.length);
        System.arraycopy(fields, 0, input, 4 + previous.length, fields.length);
        return input;
    }
}
