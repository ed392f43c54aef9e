package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safeguarding.portal.audit.AuditMac;
import org.safeguarding.portal.security.DocumentSigner;
import org.safeguarding.portal.security.FieldCipher;
import org.safeguarding.portal.security.FieldContext;
import org.safeguarding.portal.testing.ProductionSecrets;

/**
 * {@code ./keys} (testing/ProductionSecrets run on its own) prints every secret a production stack needs, each in
 * the form the service reads, fresh each time; .env.example names the same variables with placeholders only.
 */
class KeysTest {

    private static final String HEX = "[0-9a-f]+";

    @Test
    void makesEverySecretTheProdProfileRefusesToStartWithout() throws Exception {
        Set<String> made = ProductionSecrets.deploymentSecrets().keySet();
        Set<String> missing = ProductionSettings.requiredByProdProfile().stream().filter(ProductionSettings::isSecret)
                .filter(name -> !made.contains(name)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "./keys must make " + missing);
    }

    @Test
    void eachKeysetIsOfTheKindTheServiceReadsItAs() throws Exception {
        Map<String, String> secrets = ProductionSecrets.deploymentSecrets();
        FieldCipher cipher = new FieldCipher(secrets.get(ProductionSecrets.MASTER_KEYSET));
        FieldContext context = new FieldContext("referral", "account", UUID.randomUUID());
        assertEquals("an account", cipher.decrypt(cipher.encrypt("an account", context), context));
        DocumentSigner signer = new DocumentSigner(secrets.get(ProductionSecrets.SIGNING_KEYSET));
        byte[] document = "an acknowledgement".getBytes(StandardCharsets.UTF_8);
        assertTrue(signer.verifies(signer.sign(document), document));
        assertTrue(signer.publicKeysetJson().contains("Ed25519"), "the signing keyset is Ed25519");
        new AuditMac(secrets.get(ProductionSecrets.AUDIT_MAC_KEYSET));
        // Each keyset is only that kind: the master keyset is no MAC keyset, the MAC keyset no signing keyset.
        assertThrows(GeneralSecurityException.class, () -> new AuditMac(secrets.get(ProductionSecrets.MASTER_KEYSET)));
        assertThrows(GeneralSecurityException.class,
                () -> new DocumentSigner(secrets.get(ProductionSecrets.AUDIT_MAC_KEYSET)));
        assertTrue(json(secrets.get(ProductionSecrets.AUDIT_MAC_KEYSET)).contains("HmacKey"));
        assertTrue(json(secrets.get(ProductionSecrets.MASTER_KEYSET)).contains("AesGcmKey"));
    }

    @Test
    void keysAreThirtyTwoRandomBytesAndTheRestHex() throws Exception {
        Map<String, String> secrets = ProductionSecrets.deploymentSecrets();
        assertEquals(32, Base64.getDecoder().decode(secrets.get(ProductionSecrets.CSRF_KEY)).length);
        assertEquals(32, Base64.getDecoder().decode(secrets.get(ProductionSecrets.RECEIPT_KEY)).length);
        // Hex, not base64: Keycloak refused a client secret with '+' (docs/deployment.md); passwords need no quoting.
        for (String name : List.of(ProductionSecrets.WEB_CLIENT_SECRET, ProductionSecrets.OWNER_DB_PASSWORD,
                ProductionSecrets.APP_DB_PASSWORD, ProductionSecrets.KEYCLOAK_DB_PASSWORD,
                ProductionSecrets.KEYCLOAK_ADMIN_PASSWORD)) {
            String value = secrets.get(name);
            assertTrue(value.matches(HEX) && value.length() >= 48, name + " is at least 24 random bytes in hex");
        }
    }

    @Test
    void everyRunMakesNewValues() throws Exception {
        Map<String, String> first = ProductionSecrets.deploymentSecrets();
        Map<String, String> second = ProductionSecrets.deploymentSecrets();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, value) -> assertNotEquals(value, second.get(name), name + " is new on each run"));
        assertEquals(first.size(), Set.copyOf(first.values()).size(), "no two secrets are the same");
    }

    @Test
    void theEnvExampleNamesTheSameSecretsWithPlaceholdersOnly() throws Exception {
        Map<String, String> example = ProductionSettings.envExample();
        Set<String> made = ProductionSecrets.deploymentSecrets().keySet();
        assertTrue(example.keySet().containsAll(made), ".env.example names every secret ./keys makes");
        made.forEach(name -> assertEquals("", example.get(name), name + " is left empty in .env.example"));
        // The rest are settings, and the one secret ./keys cannot make: the council's SMTP relay's password.
        Set<String> others = new TreeSet<>(example.keySet());
        others.removeAll(made);
        others.stream().filter(ProductionSettings::isSecret).forEach(name -> {
            assertEquals("PORTAL_SMTP_PASSWORD", name, name + " is a secret ./keys does not make");
            assertEquals("", example.get(name));
        });
        // Every setting the prod profile requires that is no secret is there to be filled in, as a placeholder.
        for (String name : ProductionSettings.requiredByProdProfile()) {
            if (!ProductionSettings.isSecret(name) && !name.equals("PORTAL_AUDIT_CHECKPOINT_FILE")) {
                assertTrue(others.contains(name), ".env.example names " + name);
            }
        }
        others.forEach(name -> assertFalse(example.get(name).matches("[A-Za-z0-9+/=]{24,}"),
                name + " in .env.example looks like a real secret, not a placeholder"));
        assertTrue(example.getOrDefault("PORTAL_PUBLIC_URL", "").contains("example"), "addresses are examples");
    }

    @Test
    void theKeysCommandPrintsThemAsAnEnvFile() throws Exception {
        Process keys = new ProcessBuilder(Path.of("keys").toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(keys.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keys.waitFor(3, TimeUnit.MINUTES), "./keys ends");
        assertEquals(0, keys.exitValue(), "./keys succeeds");
        Map<String, String> printed = ProductionSettings.readEnv(output);
        assertEquals(new ArrayList<>(ProductionSecrets.deploymentSecrets().keySet()), new ArrayList<>(printed.keySet()));
        printed.forEach((name, value) -> assertTrue(value.matches("[A-Za-z0-9+/=]+"),
                name + " needs no quoting in .env"));
        new FieldCipher(printed.get(ProductionSecrets.MASTER_KEYSET));
        new DocumentSigner(printed.get(ProductionSecrets.SIGNING_KEYSET));
        new AuditMac(printed.get(ProductionSecrets.AUDIT_MAC_KEYSET));
    }

    private static String json(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
