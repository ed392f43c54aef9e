package org.safeguarding.portal.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.safeguarding.portal.testing.ProductionSecrets;

/** The public development value of each secret, committed in application.properties, which production must refuse. */
final class DevelopmentSecrets {

    private DevelopmentSecrets() {
    }

    static Map<String, String> publicValues() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("portal.application.properties")))) {
            properties.load(in);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ProductionSecrets.MASTER_KEYSET, properties.getProperty("portal.crypto.insecure-dev-master-keyset"));
        values.put(ProductionSecrets.SIGNING_KEYSET, properties.getProperty("portal.crypto.insecure-dev-signing-keyset"));
        values.put(ProductionSecrets.CSRF_KEY, properties.getProperty("portal.security.insecure-dev-csrf-key"));
        values.put(ProductionSecrets.RECEIPT_KEY, properties.getProperty("portal.security.insecure-dev-receipt-key"));
        values.put(ProductionSecrets.WEB_CLIENT_SECRET,
                properties.getProperty("portal.identity.insecure-dev-web-client-secret"));
        values.put(ProductionSecrets.ACCOUNTS_CLIENT_SECRET,
                properties.getProperty("portal.identity.insecure-dev-accounts-client-secret"));
        values.put(ProductionSecrets.AUDIT_MAC_KEYSET, properties.getProperty("portal.audit.insecure-dev-mac-keyset"));
        values.values().forEach(value -> {
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("application.properties no longer has a development value: " + values);
            }
        });
        return values;
    }
}
