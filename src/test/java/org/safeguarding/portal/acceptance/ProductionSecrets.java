package org.safeguarding.portal.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.signature.SignatureConfig;

/**
 * The secrets a council supplies, made fresh as docs/deployment.md describes them: Tink keysets in their JSON form,
 * base64; random 32-byte keys, base64; a client secret for {@code portal-web}. Also the public development values
 * committed in application.properties, which production must refuse.
 */
final class ProductionSecrets {

    static final String MASTER_KEYSET = "PORTAL_CRYPTO_MASTER_KEYSET";
    static final String SIGNING_KEYSET = "PORTAL_CRYPTO_SIGNING_KEYSET";
    static final String CSRF_KEY = "PORTAL_SECURITY_CSRF_KEY";
    static final String RECEIPT_KEY = "PORTAL_SECURITY_RECEIPT_KEY";
    static final String WEB_CLIENT_SECRET = "PORTAL_WEB_CLIENT_SECRET";
    static final String AUDIT_MAC_KEYSET = "PORTAL_AUDIT_MAC_KEYSET";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProductionSecrets() {
    }

    /** Every secret, freshly generated, by its environment variable. */
    static Map<String, String> generate() throws GeneralSecurityException {
        AeadConfig.register();
        SignatureConfig.register();
        MacConfig.register();
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(MASTER_KEYSET, keyset("AES256_GCM"));
        secrets.put(SIGNING_KEYSET, keyset("ED25519"));
        secrets.put(CSRF_KEY, randomBase64(32));
        secrets.put(RECEIPT_KEY, randomBase64(32));
        secrets.put(AUDIT_MAC_KEYSET, keyset("HMAC_SHA256_256BITTAG"));
        // Letters and digits, like the secrets Keycloak generates itself: a base64 secret was refused by Keycloak
        // (most likely a '+' sent in HTTP Basic authentication without form-encoding, read back as a space).
        secrets.put(WEB_CLIENT_SECRET, HexFormat.of().formatHex(randomBytes(32)));
        return secrets;
    }

    /** The public development value of each secret, from application.properties (its dev/test profiles). */
    static Map<String, String> publicDevelopmentValues() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("portal.application.properties")))) {
            properties.load(in);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MASTER_KEYSET, properties.getProperty("portal.crypto.insecure-dev-master-keyset"));
        values.put(SIGNING_KEYSET, properties.getProperty("portal.crypto.insecure-dev-signing-keyset"));
        values.put(CSRF_KEY, properties.getProperty("portal.security.insecure-dev-csrf-key"));
        values.put(RECEIPT_KEY, properties.getProperty("portal.security.insecure-dev-receipt-key"));
        values.put(WEB_CLIENT_SECRET, properties.getProperty("portal.identity.insecure-dev-web-client-secret"));
        values.put(AUDIT_MAC_KEYSET, properties.getProperty("portal.audit.insecure-dev-mac-keyset"));
        values.values().forEach(value -> {
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("application.properties no longer has a development value: " + values);
            }
        });
        return values;
    }

    private static String keyset(String template) throws GeneralSecurityException {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(KeyTemplates.get(template)),
                InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomBase64(int bytes) {
        return Base64.getEncoder().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }
}
