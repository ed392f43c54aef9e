package org.safeguarding.portal.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.signature.SignatureConfig;

/**
 * The secrets a council supplies, made fresh as docs/deployment.md describes them: Tink keysets in their JSON form,
 * base64; random 32-byte keys, base64; a client secret for {@code portal-web} and passwords in hex. The acceptance
 * suite starts the packaged service with {@link #generate()}; {@code ./keys} prints {@link #deploymentSecrets()}
 * as an {@code .env} file by running this file on its own ({@code java -cp <Tink> ProductionSecrets.java}), so it
 * may use nothing but the JDK and Tink: no other class of the project.
 */
public final class ProductionSecrets {

    public static final String MASTER_KEYSET = "PORTAL_CRYPTO_MASTER_KEYSET";
    public static final String SIGNING_KEYSET = "PORTAL_CRYPTO_SIGNING_KEYSET";
    public static final String AUDIT_MAC_KEYSET = "PORTAL_AUDIT_MAC_KEYSET";
    public static final String CSRF_KEY = "PORTAL_SECURITY_CSRF_KEY";
    public static final String RECEIPT_KEY = "PORTAL_SECURITY_RECEIPT_KEY";
    public static final String WEB_CLIENT_SECRET = "PORTAL_WEB_CLIENT_SECRET";
    /** The portal-accounts client's secret (closing a survivor's account through Keycloak's admin API). */
    public static final String ACCOUNTS_CLIENT_SECRET = "PORTAL_ACCOUNTS_CLIENT_SECRET";
    /** The schema's owner, which Flyway migrates as (the postgres image's POSTGRES_USER). */
    public static final String OWNER_DB_PASSWORD = "POSTGRES_PASSWORD";
    /** The service's own role, portal_app. */
    public static final String APP_DB_PASSWORD = "PORTAL_APP_DB_PASSWORD";
    /** Keycloak's own database role. */
    public static final String KEYCLOAK_DB_PASSWORD = "KC_DB_PASSWORD";
    /** Keycloak's temporary first administrator (replace it with a named one after the first start). */
    public static final String KEYCLOAK_ADMIN_PASSWORD = "KC_BOOTSTRAP_ADMIN_PASSWORD";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProductionSecrets() {
    }

    /** Prints a fresh {@link #deploymentSecrets()} in .env form: {@code ./keys > .env}. */
    public static void main(String[] args) throws GeneralSecurityException {
        System.out.print(envFile(deploymentSecrets()));
    }

    /** Every secret the service itself reads, freshly generated, by its environment variable. */
    public static Map<String, String> generate() throws GeneralSecurityException {
        AeadConfig.register();
        SignatureConfig.register();
        MacConfig.register();
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(MASTER_KEYSET, keyset("AES256_GCM"));
        secrets.put(SIGNING_KEYSET, keyset("ED25519"));
        secrets.put(AUDIT_MAC_KEYSET, keyset("HMAC_SHA256_256BITTAG"));
        secrets.put(CSRF_KEY, randomBase64(32));
        secrets.put(RECEIPT_KEY, randomBase64(32));
        // Letters and digits, like the secrets Keycloak generates itself: a base64 secret was refused by Keycloak
        // (most likely a '+' sent in HTTP Basic authentication without form-encoding, read back as a space).
        secrets.put(WEB_CLIENT_SECRET, randomHex(32));
        secrets.put(ACCOUNTS_CLIENT_SECRET, randomHex(32));
        return secrets;
    }

    /**
     * The service's secrets and those of the stack around it (docker-compose.yml): the database roles' and
     * Keycloak's passwords. Hex, so no shell, .env file, connection string or psql variable needs them quoted.
     */
    public static Map<String, String> deploymentSecrets() throws GeneralSecurityException {
        Map<String, String> secrets = generate();
        secrets.put(OWNER_DB_PASSWORD, randomHex(24));
        secrets.put(APP_DB_PASSWORD, randomHex(24));
        secrets.put(KEYCLOAK_DB_PASSWORD, randomHex(24));
        secrets.put(KEYCLOAK_ADMIN_PASSWORD, randomHex(24));
        return secrets;
    }

    /** NAME=value lines; no value needs quoting (base64 and hex only). */
    public static String envFile(Map<String, String> secrets) {
        StringBuilder env = new StringBuilder("# Secrets made by ./keys: keep them in a secret store, never in git.\n"
                + "# Rotating one breaks something: read docs/deployment.md, \"Rotating the secrets\", first.\n");
        secrets.forEach((name, value) -> env.append(name).append('=').append(value).append('\n'));
        return env.toString();
    }

    // The template names and the JSON format are the ones docs/deployment.md gives and the service reads; Tink marks
    // these two calls deprecated in favour of its Parameters API, which makes the same keysets.
    @SuppressWarnings("deprecation")
    private static String keyset(String template) throws GeneralSecurityException {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(KeyTemplates.get(template)),
                InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomBase64(int bytes) {
        return Base64.getEncoder().encodeToString(randomBytes(bytes));
    }

    private static String randomHex(int bytes) {
        return HexFormat.of().formatHex(randomBytes(bytes));
    }

    private static byte[] randomBytes(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }
}
